// Scaffolding: replaced by the PDF backend.
import BriefModel
