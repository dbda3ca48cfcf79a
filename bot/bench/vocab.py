"""Word lists the benchmark generator draws from: UN bodies, ICT/development topics, real cities.

Kept apart from `generate.py` so that the generator reads as logic. The lists are chosen so that
generated titles share words the way real UN titles do ("... for sustainable development",
"... in Africa") while their combinations stay distinguishable.
"""

from __future__ import annotations

# (id, name, abbreviation or "", parent id or "")
BODIES: tuple[tuple[str, str, str, str], ...] = (
    ("ga", "General Assembly", "GA", ""),
    ("second-committee", "Second Committee of the General Assembly", "", "ga"),
    ("pga", "President of the General Assembly", "PGA", "ga"),
    ("ecosoc", "Economic and Social Council", "ECOSOC", ""),
    ("cstd", "Commission on Science and Technology for Development", "CSTD", "ecosoc"),
    ("cstd-chair", "Chair of the Commission on Science and Technology for Development", "", "cstd"),
    ("cstd-bureau", "Bureau of the Commission on Science and Technology for Development", "", "cstd"),
    ("un-sg", "Secretary-General of the United Nations", "SG", ""),
    ("desa", "Department of Economic and Social Affairs", "DESA", "un-sg"),
    ("oset", "Office of the Secretary-General's Envoy on Technology", "OSET", "un-sg"),
    ("unctad", "United Nations Conference on Trade and Development", "UNCTAD", "ga"),
    ("itu", "International Telecommunication Union", "ITU", ""),
    ("unesco", "United Nations Educational, Scientific and Cultural Organization", "UNESCO", ""),
    ("undp", "United Nations Development Programme", "UNDP", "ga"),
    ("unep", "United Nations Environment Programme", "UNEP", "ga"),
    ("wipo", "World Intellectual Property Organization", "WIPO", ""),
    ("fao", "Food and Agriculture Organization of the United Nations", "FAO", ""),
    ("who", "World Health Organization", "WHO", ""),
    ("ilo", "International Labour Organization", "ILO", ""),
    ("upu", "Universal Postal Union", "UPU", ""),
    ("wmo", "World Meteorological Organization", "WMO", ""),
    ("unido", "United Nations Industrial Development Organization", "UNIDO", ""),
    ("eca", "Economic Commission for Africa", "ECA", "ecosoc"),
    ("ece", "Economic Commission for Europe", "ECE", "ecosoc"),
    ("eclac", "Economic Commission for Latin America and the Caribbean", "ECLAC", "ecosoc"),
    ("escap", "Economic and Social Commission for Asia and the Pacific", "ESCAP", "ecosoc"),
    ("escwa", "Economic and Social Commission for Western Asia", "ESCWA", "ecosoc"),
    ("wsis", "World Summit on the Information Society", "WSIS", ""),
    ("wgig", "Working Group on Internet Governance", "WGIG", "un-sg"),
    ("wgec", "Working Group on Enhanced Cooperation", "WGEC", "cstd"),
    ("igf-mag", "Multistakeholder Advisory Group of the Internet Governance Forum", "MAG", "un-sg"),
    ("igf-secretariat", "Secretariat of the Internet Governance Forum", "", "desa"),
    ("ungis", "United Nations Group on the Information Society", "UNGIS", ""),
    ("hrc", "Human Rights Council", "HRC", "ga"),
)

# Topics as they read mid-sentence (UN titles are sentence case).
TOPICS: tuple[str, ...] = (
    "information and communications technologies",
    "broadband connectivity",
    "digital inclusion",
    "the digital divide",
    "internet governance",
    "enhanced cooperation on public policy issues pertaining to the Internet",
    "cybersecurity capacity-building",
    "confidence and security in the use of ICTs",
    "e-government services",
    "open government data",
    "artificial intelligence",
    "digital public infrastructure",
    "data protection and privacy",
    "science, technology and innovation",
    "mobile financial services",
    "electronic commerce",
    "digital skills and e-learning",
    "telemedicine and e-health",
    "radio-frequency spectrum management",
    "local content and multilingualism",
    "critical Internet resources",
    "gender equality in the digital economy",
    "rural and remote connectivity",
    "access to information and knowledge",
    "the safety of journalists online",
    "the ethical dimensions of the information society",
    "e-agriculture",
    "environmental monitoring with ICTs",
    "the measurement of ICT for development",
    "community networks",
    "emerging technologies",
    "digital identity",
    "satellite communications",
    "submarine cable infrastructure",
    "Internet exchange points",
    "the transition to IPv6",
    "child online protection",
    "digital cooperation",
    "cross-border data flows",
    "cloud computing",
    "the Internet of things",
    "frontier technologies",
    "technology transfer",
    "innovation ecosystems",
    "the digital economy",
    "postal and logistics networks",
)

GOALS: tuple[str, ...] = (
    "sustainable development",
    "poverty eradication",
    "inclusive economic growth",
    "disaster risk reduction",
    "climate resilience",
    "the empowerment of women and girls",
    "quality education",
    "universal health coverage",
    "decent work",
    "food security",
    "small and medium-sized enterprises",
    "persons with disabilities",
    "youth employment",
    "public service delivery",
    "human rights online",
    "trade facilitation",
)

REGIONS: tuple[str, ...] = (
    "Africa",
    "Latin America and the Caribbean",
    "Asia and the Pacific",
    "Western Asia",
    "Europe and Central Asia",
    "the least developed countries",
    "landlocked developing countries",
    "small island developing States",
    "the Arab region",
    "the Pacific islands",
    "Central America",
    "South-East Asia",
    "West Africa",
    "East Africa",
    "Southern Africa",
    "the Sahel",
)

ASPECTS: tuple[str, ...] = (
    "progress and challenges",
    "a review of national strategies",
    "lessons learned",
    "measuring progress",
    "policy options",
    "the way forward",
    "opportunities and risks",
    "financing mechanisms",
    "regulatory frameworks",
    "capacity-building needs",
    "the role of the private sector",
    "multi-stakeholder partnerships",
)

# Topics that appear nowhere in generated records: near-miss out-of-scope questions.
ABSENT_TOPICS: tuple[str, ...] = (
    "quantum computing",
    "deep-sea mining",
    "space debris removal",
    "blockchain voting",
    "autonomous shipping",
    "fusion energy research",
    "antimicrobial resistance",
    "high-speed rail corridors",
    "glacier monitoring",
    "nuclear disarmament verification",
)

# (city, country); Geneva and New York dominate as they do in reality.
CITIES: tuple[tuple[str, str], ...] = (
    ("Geneva", "Switzerland"), ("New York", "United States"), ("Vienna", "Austria"),
    ("Tunis", "Tunisia"), ("Addis Ababa", "Ethiopia"), ("Bangkok", "Thailand"),
    ("Santiago", "Chile"), ("Beirut", "Lebanon"), ("Nairobi", "Kenya"), ("Paris", "France"),
    ("Rome", "Italy"), ("Rio de Janeiro", "Brazil"), ("Sharm El Sheikh", "Egypt"), ("Baku", "Azerbaijan"),
    ("Bali", "Indonesia"), ("Vilnius", "Lithuania"), ("Athens", "Greece"), ("Hyderabad", "India"),
    ("João Pessoa", "Brazil"), ("Istanbul", "Türkiye"), ("Mexico City", "Mexico"),
    ("Guadalajara", "Mexico"), ("Berlin", "Germany"), ("Katowice", "Poland"), ("Kyoto", "Japan"),
    ("Riyadh", "Saudi Arabia"), ("Dakar", "Senegal"), ("Kigali", "Rwanda"), ("Cairo", "Egypt"),
    ("Doha", "Qatar"), ("Marrakesh", "Morocco"), ("Montevideo", "Uruguay"), ("Panama City", "Panama"),
    ("Port of Spain", "Trinidad and Tobago"), ("Suva", "Fiji"), ("Apia", "Samoa"),
    ("Ulaanbaatar", "Mongolia"), ("Almaty", "Kazakhstan"), ("Manila", "Philippines"),
    ("Hanoi", "Viet Nam"), ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"), ("Tbilisi", "Georgia"),
    ("Kampala", "Uganda"), ("Lusaka", "Zambia"), ("Windhoek", "Namibia"), ("Abuja", "Nigeria"),
    ("Accra", "Ghana"), ("Lima", "Peru"), ("Bogotá", "Colombia"), ("Quito", "Ecuador"),
    ("San José", "Costa Rica"), ("Kingston", "Jamaica"), ("Lillestrøm", "Norway"),
)

VENUES: dict[str, str] = {
    "Geneva": "Palais des Nations",
    "New York": "United Nations Headquarters",
    "Vienna": "Vienna International Centre",
    "Nairobi": "United Nations Office at Nairobi",
    "Addis Ababa": "United Nations Conference Centre",
    "Bangkok": "United Nations Conference Centre",
    "Santiago": "ECLAC headquarters",
    "Beirut": "UN House",
}

# Where the IGF actually met (the generated dates are synthetic).
IGF_CITIES: dict[int, str] = {
    2006: "Athens", 2007: "Rio de Janeiro", 2008: "Hyderabad", 2009: "Sharm El Sheikh", 2010: "Vilnius",
    2011: "Nairobi", 2012: "Baku", 2013: "Bali", 2014: "Istanbul", 2015: "João Pessoa", 2016: "Guadalajara",
    2017: "Geneva", 2018: "Paris", 2019: "Berlin", 2021: "Katowice", 2022: "Addis Ababa", 2023: "Kyoto",
    2024: "Riyadh", 2025: "Lillestrøm",
}

REGIONAL_IGFS: tuple[tuple[str, str], ...] = (
    ("African Internet Governance Forum", "AfIGF"),
    ("Asia Pacific Regional Internet Governance Forum", "APrIGF"),
    ("Latin American and Caribbean Internet Governance Forum", "LACIGF"),
    ("Arab Internet Governance Forum", "Arab IGF"),
    ("European Dialogue on Internet Governance", "EuroDIG"),
    ("West African Internet Governance Forum", "WAIGF"),
    ("Caribbean Internet Governance Forum", "CIGF"),
    ("Pacific Internet Governance Forum", "PIGF"),
)

# Groups that hold numbered meetings: (body id, name used in "third meeting of the ...", short).
WORKING_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("wgec", "Working Group on Enhanced Cooperation", "WGEC"),
    ("igf-mag", "Multistakeholder Advisory Group of the Internet Governance Forum", "MAG"),
    ("ungis", "United Nations Group on the Information Society", "UNGIS"),
    ("cstd-bureau", "Bureau of the Commission on Science and Technology for Development", "CSTD Bureau"),
    ("wgig", "Working Group on Internet Governance", "WGIG"),
)

# WSIS action lines of the Geneva Plan of Action (C1-C11) and their facilitators.
ACTION_LINES: tuple[tuple[str, str, str], ...] = (
    ("C1", "the role of governments and all stakeholders in the promotion of ICTs for development", "desa"),
    ("C2", "information and communication infrastructure", "itu"),
    ("C3", "access to information and knowledge", "unesco"),
    ("C4", "capacity building", "undp"),
    ("C5", "building confidence and security in the use of ICTs", "itu"),
    ("C6", "enabling environment", "itu"),
    ("C7", "ICT applications", "unctad"),
    ("C8", "cultural diversity and identity, linguistic diversity and local content", "unesco"),
    ("C9", "media", "unesco"),
    ("C10", "ethical dimensions of the information society", "unesco"),
    ("C11", "international and regional cooperation", "desa"),
)

FIRST_NAMES: tuple[str, ...] = (
    "Peter", "Amina", "Miguel", "Mei", "Olga", "Kwame", "Fatima", "Jorge", "Anriette", "Lynn", "Nitin",
    "Chengetai", "Vint", "Janis", "Raúl", "Bertrand", "Nnenna", "Hiroshi", "Leila", "Sofía", "Anders",
    "Dmitri", "Grace", "Tomás", "Aïcha",
)
LAST_NAMES: tuple[str, ...] = (
    "Major", "Mensah", "Fernández", "Zhang", "Petrova", "Boateng", "Haddad", "Silva", "Esterhuysen",
    "Nakamura", "Desai", "Masango", "Karklins", "Echeberría", "de la Chapelle", "Nwakanma", "Okafor",
    "Rahman", "Lindqvist", "Ivanov", "Mwangi", "Costa", "Diallo", "Kaur", "Moreau",
)
CHAIR_COUNTRIES: tuple[str, ...] = (
    "Hungary", "Ghana", "Spain", "China", "Russian Federation", "Kenya", "Lebanon", "Brazil", "South Africa",
    "Japan", "India", "Zimbabwe", "Latvia", "Uruguay", "France", "Nigeria", "Sweden", "Chile", "Egypt",
)

# General-knowledge questions the bot must not answer.
GENERAL_QUESTIONS: tuple[str, ...] = (
    "What is the capital of Australia?",
    "Who won the 2018 FIFA World Cup?",
    "How do I reset my laptop password?",
    "What's the weather like in Geneva tomorrow?",
    "How many calories are in a banana?",
    "Can you recommend a good lasagne recipe?",
    "Who wrote Pride and Prejudice?",
    "What is the boiling point of water at altitude?",
    "How do I book a meeting room in the Palais?",
    "What time does the cafeteria close?",
    "Who is the current president of France?",
    "How far is the Moon from the Earth?",
    "What is the exchange rate between the euro and the Swiss franc?",
    "How do I submit my travel claim?",
    "What is photosynthesis?",
    "Translate good morning into Spanish",
    "Who painted the Mona Lisa?",
    "When is the next public holiday?",
    "How tall is Mount Everest?",
    "What is the speed of light?",
    "Where can I park near the building?",
    "How do I install Python on Windows?",
    "What is the population of Brazil?",
    "Tell me a joke",
    "Which team won the Champions League last year?",
    "How do vaccines work?",
    "What is the GDP of Germany?",
    "Who invented the telephone?",
    "How long should I boil an egg?",
    "What are the symptoms of the flu?",
    "When did the Berlin Wall fall?",
    "Where is the nearest pharmacy?",
    "How do I change my Slack status?",
    "What is the meaning of life?",
    "Which planet is the largest in the solar system?",
    "How do I write a cover letter?",
    "What is the best programming language?",
    "When does daylight saving time start?",
    "How many members does the Security Council have?",
    "Who is the Secretary-General of NATO?",
)

# How people re-say a phrase of a title in a question: synonyms, acronyms, reordering.
# Applied to questions only, never to records, so that matching must bridge them.
PARAPHRASES: dict[str, tuple[str, ...]] = {
    "information and communications technologies": ("ICTs", "information and communication technology"),
    "broadband connectivity": ("broadband access", "broadband"),
    "the digital divide": ("the digital gap",),
    "internet governance": ("governance of the Internet",),
    "enhanced cooperation on public policy issues pertaining to the Internet": (
        "enhanced cooperation on Internet public policy", "enhanced cooperation"),
    "cybersecurity capacity-building": ("cyber security capacity building", "building cybersecurity capacity"),
    "confidence and security in the use of ICTs": ("trust and security in ICT use",),
    "e-government services": ("e-government", "digital government services"),
    "open government data": ("open data",),
    "artificial intelligence": ("AI",),
    "data protection and privacy": ("privacy and data protection",),
    "science, technology and innovation": ("STI", "science technology and innovation"),
    "electronic commerce": ("e-commerce",),
    "digital skills and e-learning": ("digital skills and online learning",),
    "telemedicine and e-health": ("e-health and telemedicine", "digital health"),
    "radio-frequency spectrum management": ("spectrum management",),
    "child online protection": ("protecting children online",),
    "the Internet of things": ("IoT",),
    "rural and remote connectivity": ("connectivity in rural and remote areas",),
    "the transition to IPv6": ("IPv6 adoption",),
    "sustainable development": ("the SDGs",),
    "poverty eradication": ("ending poverty", "eradicating poverty"),
    "the empowerment of women and girls": ("women's empowerment",),
    "small and medium-sized enterprises": ("SMEs", "small businesses"),
    "persons with disabilities": ("people with disabilities",),
    "universal health coverage": ("UHC",),
    "disaster risk reduction": ("reducing disaster risk",),
    "inclusive economic growth": ("inclusive growth",),
    "the least developed countries": ("LDCs", "least developed countries"),
    "small island developing States": ("SIDS", "small island states"),
    "landlocked developing countries": ("LLDCs",),
    "Latin America and the Caribbean": ("LAC", "Latin America and Caribbean"),
    "Asia and the Pacific": ("Asia-Pacific",),
    "South-East Asia": ("Southeast Asia",),
    "the Arab region": ("Arab countries", "the Arab States"),
}
