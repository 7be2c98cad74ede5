import BriefModel
