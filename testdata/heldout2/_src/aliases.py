"""Canonical names and accepted aliases for companies and targets."""

COMPANIES = {
    "Google": ["google", "alphabet", "alphabet inc", "google llc", "google inc", "google cloud",
               "googlers", "google alphabet", "alphabet's google"],
    "Amazon": ["amazon", "amazon.com", "amazon.com inc", "amazon inc", "amazon web services", "aws"],
    "Microsoft": ["microsoft", "microsoft corp", "microsoft corporation", "msft"],
    "Meta": ["meta", "facebook", "meta platforms", "meta platforms inc", "facebook inc", "fb"],
    "GitHub": ["github", "github inc"],
    "Wayfair": ["wayfair", "wayfair inc"],
    "Palantir": ["palantir", "palantir technologies", "palantir technologies inc"],
    "Riot Games": ["riot games", "riot", "riot games inc"],
    "Accenture": ["accenture", "accenture plc", "accenture federal services"],
    "Deloitte": ["deloitte", "deloitte consulting", "deloitte llp", "deloitte us"],
    "Dell": ["dell", "dell technologies", "dell inc", "dell emc"],
    "Oracle": ["oracle", "oracle corp", "oracle corporation"],
    "Asana": ["asana", "asana inc"],
    "Lumenfold": ["lumenfold", "lumenfold labs"],
    "Quillby": ["quillby", "quillby inc"],
    "Salesforce": ["salesforce", "salesforce.com", "salesforce inc"],
}

_PENTAGON = ["pentagon", "the pentagon", "department of defense", "defense department",
             "u.s. department of defense", "dod", "u.s. military", "military",
             "u.s. defense department", "department of defense (dod)", "us military"]

AGENCIES = {
    "ICE": ["ice", "immigration and customs enforcement", "u.s. immigration and customs enforcement",
            "immigration & customs enforcement", "immigration and customs enforcement (ice)",
            "dhs-ice", "dhs ice"],
    "CBP": ["cbp", "customs and border protection", "u.s. customs and border protection",
            "customs & border protection", "border patrol", "u.s. border patrol",
            "customs and border patrol", "us customs and border protection (cbp)",
            "customs and border protection (cbp)"],
    "DHS": ["dhs", "department of homeland security", "u.s. department of homeland security",
            "homeland security", "homeland security department", "department of homeland security (dhs)"],
    "HHS": ["hhs", "department of health and human services", "u.s. department of health and human services",
            "health and human services", "office of refugee resettlement", "orr",
            "office of refugee resettlement (orr)", "bcfs", "bcfs health and human services",
            "migrant detention camp", "migrant camp", "detention camp", "migrant detention",
            "border camp", "migrant detention facilities"],
    "Pentagon/Maven": _PENTAGON + ["project maven", "maven", "pentagon (project maven)",
                                   "project maven (pentagon)"],
    "Pentagon/JEDI": _PENTAGON + ["jedi", "joint enterprise defense infrastructure", "jedi contract",
                                  "pentagon jedi", "pentagon (jedi)", "jedi cloud contract"],
    "US Army": ["us army", "u.s. army", "army", "united states army", "department of the army",
                "ivas", "integrated visual augmentation system", "hololens contract"] + _PENTAGON,
    "Air Force": ["air force", "u.s. air force", "us air force", "usaf", "united states air force",
                  "department of the air force", "afwerx"] + _PENTAGON,
    "Israel": ["israel", "israeli government", "government of israel", "israeli military",
               "israel defense forces", "idf", "israeli ministry of defense", "israel ministry of defense",
               "project nimbus", "nimbus", "israeli army", "israel (project nimbus)",
               "project nimbus (israel)", "israeli government (project nimbus)", "israeli defense ministry"],
    "Police": ["police", "police departments", "police department", "law enforcement",
               "law enforcement agencies", "police forces", "local police", "local law enforcement",
               "u.s. police departments"],
    "Police/LAPD": ["police", "police departments", "police department", "law enforcement",
                    "law enforcement agencies", "los angeles police department", "lapd",
                    "los angeles police", "la police"],
}

# display name of each agency key (the truth "agency" field)
AGENCY_NAME = {"Pentagon/Maven": "Pentagon", "Pentagon/JEDI": "Pentagon", "Police/LAPD": "Police"}
