// Scaffolding: replaced by the WeChat backend.
import BriefModel
