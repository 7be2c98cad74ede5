// Scaffolding: replaced by the EPUB backend.
import BriefModel
