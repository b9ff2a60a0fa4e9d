/* crm-demo-data.c: the names, places, products and phrases of the demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include "crm-demo-data.h"

/* Fills in a table and its length in a struct that points to it. */
#define TABLE(field, array) .field = array, .n_##field = G_N_ELEMENTS (array)

/* ---------------------------------------------------------------------- */
/* Countries                                                              */
/* ---------------------------------------------------------------------- */

static const char * const tr_first[] = {
  "Ayşe", "Mehmet", "Çağlar", "Fatma", "Ahmet", "Emine", "Mustafa", "Zeynep",
  "Ali", "Elif", "Hüseyin", "Hatice", "İbrahim", "Özlem", "Murat", "Şeyma",
  "Ömer", "Gül", "Emre", "Büşra", "Burak", "Merve", "Oğuz", "Yıldız",
  "Serkan", "Derya", "Hakan", "Sevgi", "Kemal", "Irmak", "Barış", "Gökhan",
};
static const char * const tr_last[] = {
  "Yılmaz", "Öztürk", "Şahin", "Kaya", "Demir", "Çelik", "Yıldız", "Yıldırım",
  "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara",
  "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Güneş", "Aksoy",
  "Erdem", "Tekin", "Ünal", "Bulut", "Işık", "Uçar",
};
static const char * const tr_brands[] = {
  "Anadolu", "Ege", "Marmara", "Toros", "Boğaziçi", "Kardelen", "Yeşilvadi", "Karadeniz",
  "Akdeniz", "Başkent", "Zirve", "Doruk",
};
static const Place tr_cities[] = {
  { "İstanbul", NULL, "34###" }, { "İzmir", NULL, "35###" }, { "Ankara", NULL, "06###" },
  { "Bursa", NULL, "16###" }, { "Antalya", NULL, "07###" }, { "Eskişehir", NULL, "26###" },
  { "Gaziantep", NULL, "27###" }, { "Trabzon", NULL, "61###" },
};
static const Place tr_streets[] = {
  { "Atatürk Cad. No: ##", NULL, NULL }, { "Cumhuriyet Mah. ### Sok. No: #", NULL, NULL },
  { "İnönü Bulvarı No: ##", NULL, NULL }, { "Bağdat Cad. No: ###", NULL, NULL },
  { "Gazi Mustafa Kemal Bulvarı No: ##", NULL, NULL }, { "Çarşı Mah. Şehit Sok. No: #", NULL, NULL },
};
static const char * const tr_forms[] = {
  "{} Otomotiv", "{} İnşaat", "{} Gıda", "{} Tekstil", "{} Makina", "{} Elektrik",
  "{} Turizm", "{} Mobilya", "{} Lojistik", "{} Kafe", "{} Otelcilik", "{} Dış Ticaret",
};
static const char * const tr_legal[] = {
  " A.Ş.", " Ltd. Şti.", " San. ve Tic. A.Ş.", " San. ve Tic. Ltd. Şti.",
};

static const char * const es_first[] = {
  "José", "María", "Antonio", "Carmen", "Manuel", "Ana", "Francisco", "Laura",
  "David", "Lucía", "Javier", "Marta", "Jesús", "Cristina", "Carlos", "Isabel",
  "Miguel", "Paula", "Alejandro", "Sofía", "Raúl", "Elena", "Sergio", "Pilar",
  "Álvaro", "Inés", "Ángel", "Nuria",
};
static const char * const es_last[] = {
  "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
  "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
  "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Ibáñez", "Núñez", "Castaño",
};
static const char * const es_brands[] = {
  "Ibérica", "Mediterránea", "Costa Brava", "Alhambra", "Levante", "Cantábrica",
  "Atlántica", "Sierra", "Guadalquivir", "Pirineos",
};
static const Place es_cities[] = {
  { "Madrid", NULL, "28###" }, { "Sevilla", NULL, "41###" }, { "Málaga", NULL, "29###" },
  { "Barcelona", NULL, "08###" }, { "Valencia", NULL, "46###" }, { "Bilbao", NULL, "48###" },
  { "Zaragoza", NULL, "50###" }, { "A Coruña", NULL, "15###" },
};
static const Place es_streets[] = {
  { "Calle Mayor, ##", NULL, NULL }, { "Avenida de Andalucía, ###", NULL, NULL },
  { "Calle de Alcalá, ##", NULL, NULL }, { "Plaza de España, #", NULL, NULL },
  { "Paseo de la Castellana, ###", NULL, NULL }, { "Calle Real, ##", NULL, NULL },
};
static const char * const es_forms[] = {
  "{} y Asociados", "Construcciones {}", "Talleres {}", "Distribuciones {}",
  "Hostelería {}", "Suministros {}", "Cafetería {}", "Instalaciones {}",
  "Transportes {}", "Ferretería {}",
};
static const char * const es_legal[] = { " S.L.", " S.A.", " S.L.U.", " S.L." };

/* Chinese names are written either in characters (王伟) or in pinyin
 * (Wang Wei); both put the family name first. */
static const char * const cn_first[] = {
  "伟", "娜", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
  "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晨", "浩然", "子涵", "欣怡",
};
static const char * const cn_first_latin[] = {
  "Wei", "Na", "Fang", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan",
  "Tao", "Ming", "Chao", "Xiuying", "Xia", "Ping", "Gang", "Guiying", "Chen", "Haoran", "Zihan", "Xinyi",
};
/* Repeated names are the commonest ones. */
static const char * const cn_last[] = {
  "王", "王", "王", "李", "李", "李", "张", "张", "刘", "陈", "杨", "黄", "赵", "吴",
  "周", "徐", "孙", "马", "朱", "胡", "郭", "林",
};
static const char * const cn_last_latin[] = {
  "Wang", "Wang", "Wang", "Li", "Li", "Li", "Zhang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
  "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin",
};
static const char * const cn_brands[] = {
  "金龙", "长城", "东方", "华美", "鸿运", "新光", "金凤", "银河", "海天", "宏达", "恒信", "永兴",
};
static const char * const cn_brands_latin[] = {
  "Golden Dragon", "Great Wall", "Eastern Star", "Huamei", "Hongyun", "Xinguang", "Golden Phoenix", "Silver River",
  "Haitian", "Hongda", "Hengxin", "Yongxing",
};
static const Place cn_cities[] = {
  { "北京", "Beijing", "100###" }, { "上海", "Shanghai", "200###" },
  { "广州", "Guangzhou", "510###" }, { "深圳", "Shenzhen", "518###" },
  { "成都", "Chengdu", "610###" }, { "杭州", "Hangzhou", "310###" },
  { "武汉", "Wuhan", "430###" }, { "南京", "Nanjing", "210###" },
};
static const Place cn_streets[] = {
  { "中山路###号", "### Zhongshan Road", NULL }, { "人民路##号", "## Renmin Road", NULL },
  { "解放路###号", "### Jiefang Road", NULL }, { "建设路##号", "## Jianshe Road", NULL },
  { "南京路###号", "### Nanjing Road", NULL },
};
static const char * const cn_forms[] = {
  "{}记贸易", "{}氏科技", "{}电器", "{}餐饮管理", "{}实业", "{}酒店管理",
};
static const char * const cn_legal[] = { "有限公司", "有限公司", "股份有限公司" };
static const char * const cn_latin_forms[] = {
  "{} Trading Co.", "{} Electronics Co.", "{} Industrial Co.", "{} Food Co.",
  "{} Hotel Management Co.", "{} Technology Co.",
};
static const char * const cn_latin_legal[] = { "", ", Ltd.", ", Ltd." };

static const char * const ph_first[] = {
  "Juan", "Maria", "Jose", "Ana", "Mark", "Kristine", "John Paul", "Mary Grace",
  "Rodrigo", "Liza", "Ramon", "Angelica", "Carlo", "Jasmine", "Paolo", "Rowena",
  "Miguel", "Marites", "Arnel", "Joy", "Jericho", "Princess",
};
static const char * const ph_last[] = {
  "dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Ramos", "Aquino",
  "Villanueva", "Castillo", "Fernandez", "Gonzales", "Lopez", "Torres", "Navarro", "Dizon",
  "Pascual", "Manalo", "Soriano", "Mercado", "de Guzman", "Macaraeg",
};
static const char * const ph_brands[] = {
  "Golden Harvest", "Pacific Star", "Bayanihan", "Sampaguita", "Island Fresh", "Mabuhay",
  "Luzon Star", "Visayas", "Mindanao Pride", "Manila Bay",
};
static const Place ph_cities[] = {
  { "Quezon City", NULL, "11##" }, { "Manila", NULL, "10##" }, { "Cebu City", NULL, "6000" },
  { "Davao City", NULL, "8000" }, { "Makati", NULL, "12##" }, { "Pasig", NULL, "16##" },
  { "Iloilo City", NULL, "5000" }, { "Baguio", NULL, "2600" },
};
static const Place ph_streets[] = {
  { "## Rizal Street", NULL, NULL }, { "### Mabini St.", NULL, NULL },
  { "## Bonifacio Avenue", NULL, NULL }, { "Unit ## Ayala Tower", NULL, NULL },
  { "### Quezon Boulevard", NULL, NULL }, { "## Osmeña Boulevard", NULL, NULL },
};
static const char * const ph_forms[] = {
  "{} Hardware", "{} Trading", "{} Enterprises", "{} Food Corporation",
  "{} General Merchandise", "{} Bakeshop", "{} Auto Supply", "{} Construction",
};
static const char * const ph_legal[] = { " Inc.", " Corp.", "", " Inc." };

static const char * const gb_first[] = {
  "John", "Emily", "James", "Olivia", "William", "Sophie", "Thomas", "Charlotte",
  "George", "Amelia", "Oliver", "Jessica", "Harry", "Lucy", "Jack", "Hannah",
  "Daniel", "Grace", "Samuel", "Chloe", "Matthew", "Ella",
};
static const char * const gb_last[] = {
  "Smith", "Johnson", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies",
  "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "Hughes",
  "Green", "Hall", "Clarke", "O'Brien", "Patel", "Khan",
};
static const char * const gb_brands[] = {
  "Northern Star", "Thames Valley", "Red Lion", "Kingsway", "Albion", "Pennine",
  "Northgate", "Crown", "Highland", "Oakwood",
};
static const Place gb_cities[] = {
  { "London", NULL, "SE## #@@" }, { "Manchester", NULL, "M## #@@" }, { "Leeds", NULL, "LS## #@@" },
  { "Birmingham", NULL, "B## #@@" }, { "Bristol", NULL, "BS# #@@" }, { "Liverpool", NULL, "L## #@@" },
  { "Sheffield", NULL, "S## #@@" }, { "Newcastle upon Tyne", NULL, "NE# #@@" },
};
static const Place gb_streets[] = {
  { "## High Street", NULL, NULL }, { "### Station Road", NULL, NULL },
  { "## Church Lane", NULL, NULL }, { "# Victoria Road", NULL, NULL },
  { "Unit ##, Riverside Business Park", NULL, NULL }, { "## Park Avenue", NULL, NULL },
};
static const char * const gb_forms[] = {
  "{} & Sons", "{} Engineering", "{} Catering", "{} Facilities", "{} Office Supplies",
  "{} and Partners", "{} Hospitality", "{} Building Services",
};
static const char * const gb_legal[] = { " Ltd", " Ltd", " LLP", "", " plc" };

static const char * const de_first[] = {
  "Lukas", "Anna", "Jonas", "Lena", "Maximilian", "Sophie", "Felix", "Marie",
  "Jürgen", "Ute", "Stefan", "Katrin", "Björn", "Jörg", "Sabine", "Günther",
};
static const char * const de_last[] = {
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
  "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Krüger", "Weiß",
};
static const char * const de_brands[] = {
  "Alpen", "Nordlicht", "Rheinland", "Schwarzwald", "Elbtal", "Bodensee",
  "Hanse", "Spree", "Isar", "Harz",
};
static const Place de_cities[] = {
  { "Berlin", NULL, "10###" }, { "München", NULL, "80###" }, { "Hamburg", NULL, "20###" },
  { "Köln", NULL, "50###" }, { "Frankfurt am Main", NULL, "60###" }, { "Stuttgart", NULL, "70###" },
  { "Düsseldorf", NULL, "40###" },
};
static const Place de_streets[] = {
  { "Hauptstraße ##", NULL, NULL }, { "Bahnhofstraße ##", NULL, NULL },
  { "Goethestraße ###", NULL, NULL }, { "Schillerweg #", NULL, NULL },
  { "Industriestraße ##", NULL, NULL },
};
static const char * const de_forms[] = {
  "{} Haustechnik", "{} Gastronomie", "{} & Söhne", "Bäckerei {}", "{} Maschinenbau",
  "{} Bürotechnik", "Autohaus {}", "{} Logistik",
};
static const char * const de_legal[] = { " GmbH", " GmbH", " KG", " GmbH & Co. KG", " e.K." };

static const char * const fr_first[] = {
  "Jean", "Marie", "Pierre", "Camille", "Louis", "Léa", "Hugo", "Chloé",
  "François", "Élodie", "Théo", "Manon", "Gaël", "Inès", "Mathieu", "Hélène",
};
static const char * const fr_last[] = {
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
  "Leroy", "Moreau", "Lefèvre", "Garnier", "Faure", "Rousseau", "Girard", "Bézier",
};
static const char * const fr_brands[] = {
  "Belle Époque", "Côte d'Azur", "Provence", "Rive Gauche", "Atlantique", "Bretagne",
  "Loire", "Montmartre", "Lumière", "Alpes",
};
static const Place fr_cities[] = {
  { "Paris", NULL, "750##" }, { "Lyon", NULL, "6900#" }, { "Marseille", NULL, "130##" },
  { "Toulouse", NULL, "310##" }, { "Nice", NULL, "06###" }, { "Nantes", NULL, "44###" },
  { "Bordeaux", NULL, "33###" },
};
static const Place fr_streets[] = {
  { "## rue de la République", NULL, NULL }, { "### avenue Jean Jaurès", NULL, NULL },
  { "## boulevard Victor Hugo", NULL, NULL }, { "# place de la Mairie", NULL, NULL },
  { "## rue des Écoles", NULL, NULL },
};
static const char * const fr_forms[] = {
  "{} et Fils", "Établissements {}", "{} Services", "Boulangerie {}", "Garage {}",
  "{} Restauration", "Hôtel {}", "{} Distribution",
};
static const char * const fr_legal[] = { " SARL", " SAS", " SA" };

G_STATIC_ASSERT (G_N_ELEMENTS (cn_first) == G_N_ELEMENTS (cn_first_latin));
G_STATIC_ASSERT (G_N_ELEMENTS (cn_last) == G_N_ELEMENTS (cn_last_latin));
G_STATIC_ASSERT (G_N_ELEMENTS (cn_brands) == G_N_ELEMENTS (cn_brands_latin));

/* The countries' order in crm_demo_countries. */
enum { TR, ES, CN, PH, GB, DE, FR, N_COUNTRIES };
G_STATIC_ASSERT (N_COUNTRIES == CRM_DEMO_N_COUNTRIES);

const Country crm_demo_countries[N_COUNTRIES] = {
  [TR] = {
    .name = "Türkiye", .region = "Türkiye", .currency = "TRY", .rate = 35000, .tax_rate = 2000,
    .weight = 20, TABLE (first_names, tr_first), TABLE (last_names, tr_last),
    TABLE (brands, tr_brands), TABLE (cities, tr_cities), TABLE (streets, tr_streets),
    TABLE (forms, tr_forms), TABLE (legal_forms, tr_legal),
    .mobile = "+90 5## ### ## ##", .landline = "+90 2## ### ## ##",
  },
  [ES] = {
    .name = "España", .region = "Iberia", .currency = "EUR", .rate = 1000, .tax_rate = 2100,
    .weight = 17, .two_surnames = TRUE, TABLE (first_names, es_first), TABLE (last_names, es_last),
    TABLE (brands, es_brands), TABLE (cities, es_cities), TABLE (streets, es_streets),
    TABLE (forms, es_forms), TABLE (legal_forms, es_legal),
    .mobile = "+34 6## ### ###", .landline = "+34 9## ### ###",
  },
  [CN] = {
    .name = "中国", .region = "Greater China", .currency = "CNY", .rate = 7800, .tax_rate = 1300,
    .weight = 17, TABLE (first_names, cn_first), .first_names_latin = cn_first_latin,
    TABLE (last_names, cn_last), .last_names_latin = cn_last_latin,
    TABLE (brands, cn_brands), .brands_latin = cn_brands_latin,
    TABLE (cities, cn_cities), TABLE (streets, cn_streets),
    TABLE (forms, cn_forms), TABLE (legal_forms, cn_legal),
    TABLE (latin_forms, cn_latin_forms), TABLE (latin_legal_forms, cn_latin_legal),
    .mobile = "+86 13# #### ####", .landline = "+86 ## #### ####", .city_first = TRUE,
  },
  [PH] = {
    .name = "Philippines", .region = "Philippines", .currency = "PHP", .rate = 62000, .tax_rate = 1200,
    .weight = 16, TABLE (first_names, ph_first), TABLE (last_names, ph_last),
    TABLE (brands, ph_brands), TABLE (cities, ph_cities), TABLE (streets, ph_streets),
    TABLE (forms, ph_forms), TABLE (legal_forms, ph_legal),
    .mobile = "+63 9## ### ####", .landline = "+63 2 #### ####",
  },
  [GB] = {
    .name = "United Kingdom", .region = "UK & Ireland", .currency = "GBP", .rate = 850, .tax_rate = 2000,
    .weight = 17, TABLE (first_names, gb_first), TABLE (last_names, gb_last),
    TABLE (brands, gb_brands), TABLE (cities, gb_cities), TABLE (streets, gb_streets),
    TABLE (forms, gb_forms), TABLE (legal_forms, gb_legal),
    .mobile = "+44 7### ######", .landline = "+44 ## #### ####",
  },
  [DE] = {
    .name = "Deutschland", .region = "DACH", .currency = "EUR", .rate = 1000, .tax_rate = 1900,
    .weight = 7, TABLE (first_names, de_first), TABLE (last_names, de_last),
    TABLE (brands, de_brands), TABLE (cities, de_cities), TABLE (streets, de_streets),
    TABLE (forms, de_forms), TABLE (legal_forms, de_legal),
    .mobile = "+49 15# #######", .landline = "+49 ## #######",
  },
  [FR] = {
    .name = "France", .region = "France & Benelux", .currency = "EUR", .rate = 1000, .tax_rate = 2000,
    .weight = 6, TABLE (first_names, fr_first), TABLE (last_names, fr_last),
    TABLE (brands, fr_brands), TABLE (cities, fr_cities), TABLE (streets, fr_streets),
    TABLE (forms, fr_forms), TABLE (legal_forms, fr_legal),
    .mobile = "+33 6 ## ## ## ##", .landline = "+33 # ## ## ## ##",
  },
};

const char * const crm_demo_email_domains[] = { "example.com", "example.org", "example.net" };

/* ---------------------------------------------------------------------- */
/* Products                                                               */
/* ---------------------------------------------------------------------- */

/* A third of the catalogue is bought again and again: coffee, descaler,
 * filters and service kits, each with its period. */
const ProductKind crm_demo_product_kinds[] = {
  { "Espresso machine", "CM", "Coffee machines", 350, 2400, 0, TRUE,
    "Commercial espresso machine with two groups and steam wand." },
  { "Coffee beans 1 kg", "CB", "Consumables", 14, 35, 30, FALSE,
    "Roasted coffee beans for espresso machines." },
  { "Bean-to-cup coffee machine", "BC", "Coffee machines", 800, 4500, 0, TRUE,
    "Fully automatic coffee machine for offices." },
  { "Water purifier", "WP", "Water treatment", 250, 1800, 0, TRUE,
    "Under-sink reverse osmosis water purifier." },
  { "Descaling kit", "DK", "Consumables", 12, 40, 60, FALSE,
    "Descaler tablets and test strips for coffee machines and kettles." },
  { "Water cooler", "WC", "Water treatment", 180, 900, 0, TRUE,
    "Mains-fed water cooler, chilled and ambient." },
  { "Split air conditioner", "AC", "Air conditioning", 450, 2800, 0, TRUE,
    "Wall-mounted split air conditioner with heat pump." },
  { "Water filter cartridge", "WF", "Filters", 25, 120, 90, FALSE,
    "Replacement filter cartridge for purifiers and coffee machines." },
  { "Air purifier", "AP", "Air conditioning", 150, 900, 0, TRUE,
    "HEPA air purifier for offices and shops." },
  { "Commercial dishwasher", "DW", "Kitchen equipment", 1200, 6500, 0, TRUE,
    "Hood-type dishwasher for restaurants." },
  { "Air filter set", "AF", "Filters", 30, 150, 180, FALSE,
    "Pre-filter and HEPA filter set for air purifiers and air conditioners." },
  { "Ice maker", "IM", "Kitchen equipment", 600, 3200, 0, TRUE,
    "Self-contained ice cube maker." },
  { "Milk frother", "MF", "Accessories", 40, 250, 0, FALSE,
    "Milk frother and jug set." },
  { "Annual service kit", "SK", "Service kits", 90, 450, 365, FALSE,
    "Gaskets, seals and wear parts for the yearly service." },
  { "Installation service", "IS", "Services", 80, 400, 0, FALSE,
    "Delivery, installation and first start by a technician." },
};

const char * const crm_demo_device_variants[] = {
  "Compact", "Pro", "Plus", "Eco", "Max", "Classic", "Smart", "Duo",
};
const char * const crm_demo_supply_variants[] = {
  "Standard", "Premium", "Eco", "Value pack", "Original", "Professional",
};
const char * const crm_demo_service_variants[] = {
  "Standard", "Express", "Weekend", "Premium",
};

/* ---------------------------------------------------------------------- */
/* Everything else                                                        */
/* ---------------------------------------------------------------------- */

const StageInfo crm_demo_stages[] = {
  { "Lead", 10, CRM_STAGE_KIND_OPEN, 7 },
  { "Qualified", 25, CRM_STAGE_KIND_OPEN, 5 },
  { "Proposal", 50, CRM_STAGE_KIND_OPEN, 5 },
  { "Negotiation", 75, CRM_STAGE_KIND_OPEN, 3 },
  { "Won", 100, CRM_STAGE_KIND_WON, 45 },
  { "Lost", 0, CRM_STAGE_KIND_LOST, 35 },
};

const char * const crm_demo_lost_reasons[] = {
  "Price too high", "Chose a competitor", "No budget", "No decision", "Timing",
};
const char * const crm_demo_won_reasons[] = {
  "Best price", "Relationship", "Product fit", "Fast delivery",
};
const char * const crm_demo_deal_needs[] = {
  "New installation", "Replacement", "Fleet upgrade", "Expansion", "Pilot project",
  "Office refit", "New branch", "Service upgrade",
};
const char * const crm_demo_deal_notes[] = {
  "Decision expected after the board meeting.", "A competitor has made an offer.",
  "Budget approved for this year.", "Asked about leasing and financing.",
  "Wants a demonstration on site first.", "Needs delivery before the season starts.",
};

const char * const crm_demo_staff_roles[] = {
  "sales", "technician", "sales", "support", "technician",
  "manager", "sales", "technician", "support", "sales",
};

const char * const crm_demo_segments[] = { "Enterprise", "SMB", "Retail", "Public" };
const guint crm_demo_company_segment_weights[] = { 15, 50, 20, 15 };
const guint crm_demo_person_segment_weights[] = { 0, 15, 85, 0 };

const char * const crm_demo_customer_notes[] = {
  "Key account.", "Prefers morning deliveries.", "Closed on Sundays.",
  "Ask for the purchasing manager.", "Has several branches.", "Pays by bank transfer only.",
  "Interested in the loyalty programme.", "Send invoices by email.",
};

const char * const crm_demo_contact_titles[] = {
  "Owner", "Managing Director", "Purchasing Manager", "Office Manager", "Facility Manager",
  "Head of Operations", "Accountant", "Technical Lead", "Assistant", "Store Manager",
};

const char * const crm_demo_campaign_themes[] = {
  "Spring filter promotion", "Summer cooling campaign", "Coffee week", "Service contract renewal drive",
  "Trade fair", "New product launch", "Double loyalty points", "Winter maintenance check",
  "Back to the office", "Black Friday offers", "Hotel and restaurant days", "Customer appreciation event",
};
const char * const crm_demo_campaign_channels[] = {
  "email", "sms", "event", "social", "print", "webinar", "trade show",
};

const char * const crm_demo_faults[] = {
  "Does not power on", "Noise", "Leak", "Display fault", "Software error", "Wear",
  "Poor performance", "Error code",
};
const char * const crm_demo_fault_descriptions[] = {
  "The unit does not start; no lights on the panel.",
  "Loud grinding noise during operation.",
  "Water is leaking from under the unit.",
  "The display stays dark or shows garbled characters.",
  "The unit freezes and restarts by itself.",
  "Worn seals and parts after heavy use.",
  "Output is weaker than it used to be.",
  "The unit stops with an error code on the display.",
};
const char * const crm_demo_fault_resolutions[] = {
  "Replaced the power supply board.",
  "Replaced the motor bearing and cleaned the fan.",
  "Replaced the gasket and the inlet valve.",
  "Replaced the display module.",
  "Updated the firmware and reset the settings.",
  "Replaced worn parts during service.",
  "Descaled and cleaned; replaced the filter.",
  "Replaced the faulty sensor; error cleared.",
};

const char * const crm_demo_satisfaction_comments[] = {
  NULL,
  "The problem came back after a week.",
  "Took much longer than promised.",
  "Fine, but nobody told us when the technician would come.",
  "Good repair, just a bit slow.",
  "Fast and friendly service, thank you!",
};

/* Activities: what was said or done, by kind. */
static const Phrase call_phrases[] = {
  { "Follow-up call", "Asked how the new machines are doing; customer is happy so far." },
  { "Check-in call", "Discussed current use and upcoming needs for the next months." },
  { "Call about the last order", "Customer asked about the delivery time for the open order." },
  { "Call about the open quote", "Customer is comparing offers and will decide next week." },
  { "Service appointment call", "Agreed on a date for the yearly service visit." },
  { "Payment reminder call", "Reviewed the open invoice and agreed on a payment date." },
  { "Introductory call", "First call; sent our catalogue afterwards." },
  { "Callback requested", "Left a voicemail; will try again tomorrow." },
};
static const Phrase meeting_phrases[] = {
  { "Quarterly business review", "Went through last quarter's orders and service tickets." },
  { "Product demonstration", "Demonstrated the new models; the compact version fits their space best." },
  { "Contract negotiation", "Negotiated volume discounts and payment terms." },
  { "Kick-off meeting", "Agreed on the installation plan and the contact persons." },
  { "Annual planning meeting", "Customer plans to open two more branches next year." },
  { "Budget review", "Customer's budget for equipment is confirmed for this year." },
};
static const Phrase visit_phrases[] = {
  { "Site visit", "Checked all units on site; everything works." },
  { "Installation check", "Checked the installation and the water connection; no leaks." },
  { "Preventive maintenance visit", "Replaced filters and cleaned the machines." },
  { "Site survey for a new installation", "Measured the room and the connections for the new equipment." },
  { "On-site staff training", "Trained the staff on daily cleaning and descaling." },
  { "Delivery and setup", "Delivered and set up the equipment; customer signed the delivery note." },
};
static const Phrase email_phrases[] = {
  { "Your quote", "Sent the quote as PDF and asked for feedback by the end of the week." },
  { "Order confirmation", "Confirmed the order and the delivery date." },
  { "Updated price list", "Sent the price list with this year's prices." },
  { "Delivery notification", "Told the customer the delivery is on its way." },
  { "Maintenance reminder", "Reminded the customer that the yearly service is due." },
  { "Invoice", "Sent a copy of the invoice on request." },
  { "Thank you for your order", "Thanked the customer and attached the order summary." },
  { "Question about your last delivery", "Customer reported a missing item; a replacement is on its way." },
};
static const Phrase sms_phrases[] = {
  { "Appointment reminder", "Your appointment is tomorrow between 9 and 12." },
  { "Delivery today", "Your delivery arrives today." },
  { "Technician on the way", "Our technician will be with you within the hour." },
  { "Order ready for pickup", "Your order is ready for pickup at our service centre." },
};
static const Phrase fax_phrases[] = {
  { "Signed order form", "Received the signed order form by fax." },
  { "Purchase order", "Received the purchase order by fax and entered it." },
  { "Delivery note", "Received the signed delivery note by fax." },
};
static const Phrase note_phrases[] = {
  { "Prefers contact by email", "Do not call before 10:00; email works best." },
  { "Decision maker is the owner", "Purchases above a few hundred need the owner's approval." },
  { "Budget cycle starts in January", "New equipment is only bought at the start of the year." },
  { "Interested in the loyalty programme", "Explain the points when the next order comes in." },
  { "A competitor visited last month", "They got an offer from a competitor; keep an eye on prices." },
  { "Pays reliably on time", "No payment issues in the last two years." },
};
static const Phrase task_phrases[] = {
  { "Call back about the quote", "Customer asked to be called back once they have compared offers." },
  { "Send the updated price list", "Promised during the last call." },
  { "Prepare the contract renewal", "The maintenance contract runs out soon; prepare an offer." },
  { "Schedule a maintenance visit", "Find a date with the customer and a technician." },
  { "Follow up on the unpaid invoice", "Check with accounting before calling." },
  { "Send the product brochure", "Customer asked for the brochure of the new models." },
};
const Phrase crm_demo_deal_phrases[] = {
  { "Proposal discussion", "Went through the proposal line by line." },
  { "Price negotiation", "Customer asked for a better price on larger quantities." },
  { "Needs analysis", "Collected the requirements: space, capacity and budget." },
  { "Follow-up on the proposal", "Customer is still deciding; follow up next week." },
  { "Demonstration of the proposed solution", "Showed the proposed models in use." },
};
const Phrase crm_demo_ticket_phrases[] = {
  { "Service update", "Told the customer where the repair stands." },
  { "Diagnosis result", "Explained the fault and the cost of the repair." },
  { "Spare parts ordered", "Parts are ordered; the repair continues when they arrive." },
  { "Repair completed", "The unit is repaired and tested." },
  { "Pickup arranged", "Agreed on a time to bring the unit back." },
};

const ActivityKindInfo crm_demo_activity_kinds[] = {
  [CRM_ACTIVITY_KIND_CALL] = { TABLE (phrases, call_phrases), .weight = 24 },
  [CRM_ACTIVITY_KIND_MEETING] = { TABLE (phrases, meeting_phrases), .weight = 7 },
  [CRM_ACTIVITY_KIND_VISIT] = { TABLE (phrases, visit_phrases), .weight = 7 },
  [CRM_ACTIVITY_KIND_EMAIL] = { TABLE (phrases, email_phrases), .weight = 25 },
  [CRM_ACTIVITY_KIND_SMS] = { TABLE (phrases, sms_phrases), .weight = 9 },
  [CRM_ACTIVITY_KIND_FAX] = { TABLE (phrases, fax_phrases), .weight = 2 },
  [CRM_ACTIVITY_KIND_NOTE] = { TABLE (phrases, note_phrases), .weight = 14 },
  [CRM_ACTIVITY_KIND_TASK] = { TABLE (phrases, task_phrases), .weight = 12 },
};
