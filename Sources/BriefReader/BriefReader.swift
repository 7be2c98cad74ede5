// Scaffolding: replaced by the reader.
import BriefModel
