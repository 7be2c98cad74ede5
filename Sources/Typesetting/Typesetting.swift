// Scaffolding: replaced by the engine.
