// Scaffolding: replaced by the PDF writer.
