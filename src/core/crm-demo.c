/* crm-demo.c: a realistic, reproducible demo data set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-demo.h"
#include "crm-field.h"
#include "crm-fold.h"
#include "crm-models.h"
#include "crm-store-private.h"

/* The data set is built to exercise every screen and dashboard: several
 * countries, scripts and currencies; a pipeline with won and lost deals and
 * their reasons; orders with margins and consumables bought again at their
 * re-purchase period; a service queue with SLAs; contracts about to expire;
 * and customers nobody has talked to for months.
 *
 * Every choice comes from one GRand seeded with the caller's seed, and every
 * time is relative to the caller's "now", so the same seed, size and now give
 * the same values (only the ids, which the store draws, differ). */

#define MINUTE 60
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)
#define YEAR   (365 * DAY)

/* Saves between commits. Random UUID keys, email and name indexes and the
 * full-text index spread every batch over whole indexes, and each commit
 * writes every page its batch touched: a batch of 50 000 writes those pages
 * once where five batches of 10 000 would write them five times (123 s
 * against 90 s for 100 000 customers). The store's list of pending change
 * notifications stays at a few megabytes. */
#define BATCH_SIZE 50000

/* For the length of the generation only: a page cache that holds the pages a
 * batch touches (SQLite's default is 16 MB), and a checkpoint every 256 MB of
 * log instead of every 4 MB, so that pages changed by several batches are
 * copied into the database once. With the default settings 100 000 customers
 * took 179 s, with these 90 s. */
#define BULK_CACHE_KIB        131072
#define BULK_CHECKPOINT_PAGES 65536

#define NO_NAME G_MAXUINT

#define TABLE(field, array) .field = array, .n_##field = G_N_ELEMENTS (array)

/* ---------------------------------------------------------------------- */
/* Countries                                                              */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  /* The same in Latin letters, where the name has none (Chinese). */
  const char *latin;
  /* For a city, its postal code pattern. */
  const char *code;
} Place;

typedef struct
{
  const char         *name;
  const char         *region;
  const char         *currency;
  /* Local minor units per 1 000 euro cents: prices are kept in euros and
   * converted, so margins are the same everywhere. */
  int                 rate;
  int                 tax_rate;
  guint               weight;
  gboolean            two_surnames;
  const char * const *first_names;
  const char * const *first_names_latin;
  guint               n_first_names;
  const char * const *last_names;
  const char * const *last_names_latin;
  guint               n_last_names;
  const char * const *brands;
  const char * const *brands_latin;
  guint               n_brands;
  const Place        *cities;
  guint               n_cities;
  const Place        *streets;
  guint               n_streets;
  /* Company names: "{}" stands for a family name or a brand. */
  const char * const *forms;
  guint               n_forms;
  const char * const *legal_forms;
  guint               n_legal_forms;
  /* Company names written in Latin letters, where the forms have none. */
  const char * const *latin_forms;
  guint               n_latin_forms;
  const char * const *latin_legal_forms;
  guint               n_latin_legal_forms;
  /* Phone patterns: # is a digit, @ a capital letter. */
  const char         *mobile;
  const char         *landline;
  /* Company names start with their city ("深圳华美电器有限公司"). */
  gboolean            city_first;
} Country;

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

enum { TR, ES, CN, PH, GB, DE, FR, N_COUNTRIES };

static const Country countries[N_COUNTRIES] = {
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

static const char * const email_domains[] = { "example.com", "example.org", "example.net" };

/* ---------------------------------------------------------------------- */
/* Products                                                               */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  /* Starts SKUs and serial numbers. */
  const char *prefix;
  const char *category;
  /* Whole euros. */
  int         min_price;
  int         max_price;
  int         repurchase_days;
  /* Serviced in the field: tickets and maintenance contracts are about it. */
  gboolean    device;
  const char *description;
} ProductKind;

/* A third of the catalogue is bought again and again: coffee, descaler,
 * filters and service kits, each with its period. */
static const ProductKind product_kinds[] = {
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

static const char * const device_variants[] = {
  "Compact", "Pro", "Plus", "Eco", "Max", "Classic", "Smart", "Duo",
};
static const char * const supply_variants[] = {
  "Standard", "Premium", "Eco", "Value pack", "Original", "Professional",
};
static const char * const service_variants[] = {
  "Standard", "Express", "Weekend", "Premium",
};

/* ---------------------------------------------------------------------- */
/* Everything else                                                        */
/* ---------------------------------------------------------------------- */

static const struct {
  const char   *name;
  int           probability;
  CrmStageKind  kind;
  /* Share of deals, percent. */
  guint         weight;
} stages[] = {
  { "Lead", 10, CRM_STAGE_KIND_OPEN, 7 },
  { "Qualified", 25, CRM_STAGE_KIND_OPEN, 5 },
  { "Proposal", 50, CRM_STAGE_KIND_OPEN, 5 },
  { "Negotiation", 75, CRM_STAGE_KIND_OPEN, 3 },
  { "Won", 100, CRM_STAGE_KIND_WON, 45 },
  { "Lost", 0, CRM_STAGE_KIND_LOST, 35 },
};

enum { STAGE_LEAD, STAGE_QUALIFIED, STAGE_PROPOSAL, STAGE_NEGOTIATION, STAGE_WON, STAGE_LOST, N_STAGES };

static const char * const lost_reasons[] = {
  "Price too high", "Chose a competitor", "No budget", "No decision", "Timing",
};
static const char * const won_reasons[] = {
  "Best price", "Relationship", "Product fit", "Fast delivery",
};
static const char * const deal_needs[] = {
  "New installation", "Replacement", "Fleet upgrade", "Expansion", "Pilot project",
  "Office refit", "New branch", "Service upgrade",
};
static const char * const deal_notes[] = {
  "Decision expected after the board meeting.", "A competitor has made an offer.",
  "Budget approved for this year.", "Asked about leasing and financing.",
  "Wants a demonstration on site first.", "Needs delivery before the season starts.",
};

static const char * const staff_roles[] = {
  "sales", "technician", "sales", "support", "technician",
  "manager", "sales", "technician", "support", "sales",
};

static const char * const segments[] = { "Enterprise", "SMB", "Retail", "Public" };
static const guint company_segment_weights[] = { 15, 50, 20, 15 };
static const guint person_segment_weights[] = { 0, 15, 85, 0 };

static const char * const customer_notes[] = {
  "Key account.", "Prefers morning deliveries.", "Closed on Sundays.",
  "Ask for the purchasing manager.", "Has several branches.", "Pays by bank transfer only.",
  "Interested in the loyalty programme.", "Send invoices by email.",
};

static const char * const contact_titles[] = {
  "Owner", "Managing Director", "Purchasing Manager", "Office Manager", "Facility Manager",
  "Head of Operations", "Accountant", "Technical Lead", "Assistant", "Store Manager",
};

static const char * const campaign_themes[] = {
  "Spring filter promotion", "Summer cooling campaign", "Coffee week", "Service contract renewal drive",
  "Trade fair", "New product launch", "Double loyalty points", "Winter maintenance check",
  "Back to the office", "Black Friday offers", "Hotel and restaurant days", "Customer appreciation event",
};
static const char * const campaign_channels[] = {
  "email", "sms", "event", "social", "print", "webinar", "trade show",
};

static const char * const faults[] = {
  "Does not power on", "Noise", "Leak", "Display fault", "Software error", "Wear",
  "Poor performance", "Error code",
};
static const char * const fault_descriptions[] = {
  "The unit does not start; no lights on the panel.",
  "Loud grinding noise during operation.",
  "Water is leaking from under the unit.",
  "The display stays dark or shows garbled characters.",
  "The unit freezes and restarts by itself.",
  "Worn seals and parts after heavy use.",
  "Output is weaker than it used to be.",
  "The unit stops with an error code on the display.",
};
static const char * const fault_resolutions[] = {
  "Replaced the power supply board.",
  "Replaced the motor bearing and cleaned the fan.",
  "Replaced the gasket and the inlet valve.",
  "Replaced the display module.",
  "Updated the firmware and reset the settings.",
  "Replaced worn parts during service.",
  "Descaled and cleaned; replaced the filter.",
  "Replaced the faulty sensor; error cleared.",
};
G_STATIC_ASSERT (G_N_ELEMENTS (faults) == G_N_ELEMENTS (fault_descriptions));
G_STATIC_ASSERT (G_N_ELEMENTS (faults) == G_N_ELEMENTS (fault_resolutions));

static const char * const satisfaction_comments[] = {
  NULL,
  "The problem came back after a week.",
  "Took much longer than promised.",
  "Fine, but nobody told us when the technician would come.",
  "Good repair, just a bit slow.",
  "Fast and friendly service, thank you!",
};

/* Activities: what was said or done, by kind. */
typedef struct
{
  const char *subject;
  const char *body;
} Phrase;

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
static const Phrase deal_phrases[] = {
  { "Proposal discussion", "Went through the proposal line by line." },
  { "Price negotiation", "Customer asked for a better price on larger quantities." },
  { "Needs analysis", "Collected the requirements: space, capacity and budget." },
  { "Follow-up on the proposal", "Customer is still deciding; follow up next week." },
  { "Demonstration of the proposed solution", "Showed the proposed models in use." },
};
static const Phrase ticket_phrases[] = {
  { "Service update", "Told the customer where the repair stands." },
  { "Diagnosis result", "Explained the fault and the cost of the repair." },
  { "Spare parts ordered", "Parts are ordered; the repair continues when they arrive." },
  { "Repair completed", "The unit is repaired and tested." },
  { "Pickup arranged", "Agreed on a time to bring the unit back." },
};

typedef struct
{
  const Phrase *phrases;
  guint         n_phrases;
  /* Share of activities, percent. */
  guint         weight;
} ActivityKindInfo;

static const ActivityKindInfo activity_kinds[] = {
  [CRM_ACTIVITY_KIND_CALL] = { TABLE (phrases, call_phrases), .weight = 24 },
  [CRM_ACTIVITY_KIND_MEETING] = { TABLE (phrases, meeting_phrases), .weight = 7 },
  [CRM_ACTIVITY_KIND_VISIT] = { TABLE (phrases, visit_phrases), .weight = 7 },
  [CRM_ACTIVITY_KIND_EMAIL] = { TABLE (phrases, email_phrases), .weight = 25 },
  [CRM_ACTIVITY_KIND_SMS] = { TABLE (phrases, sms_phrases), .weight = 9 },
  [CRM_ACTIVITY_KIND_FAX] = { TABLE (phrases, fax_phrases), .weight = 2 },
  [CRM_ACTIVITY_KIND_NOTE] = { TABLE (phrases, note_phrases), .weight = 14 },
  [CRM_ACTIVITY_KIND_TASK] = { TABLE (phrases, task_phrases), .weight = 12 },
};

/* ---------------------------------------------------------------------- */
/* The generator's state                                                  */
/* ---------------------------------------------------------------------- */

typedef struct
{
  /* ASCII forms of the names, for email addresses and web sites. */
  char   **first_ascii;
  char   **last_ascii;
  char   **brand_ascii;
  char   **form_ascii;
  char   **latin_form_ascii;
  /* Active staff by role (indexes into Demo.staff). */
  GArray  *sales;
  GArray  *technicians;
  guint    n_customers;
} CountryData;

typedef struct
{
  const char *id;
  guint8      country;
} DemoStaff;

typedef struct
{
  const char *id;
  char       *name;
  guint       kind;
  /* Euro cents. */
  gint64      price;
  gint64      cost;
} DemoProduct;

typedef struct
{
  const char *id;
  /* -1 for every country; such campaigns are in euros. */
  int         country;
  gint64      starts_at;
  gint64      ends_at;
} DemoCampaign;

typedef struct
{
  const char *id;
  gint64      since;
  guint32     first_contact;
  guint16     owner;
  guint8      n_contacts;
  guint8      country;
  guint8      city;
  /* Written in Latin letters although the country's script is another one. */
  guint8      latin : 1;
  guint8      company : 1;
  /* Nobody has called, met, visited or written to it in the last 90 days. */
  guint8      neglected : 1;
} DemoCustomer;

typedef struct
{
  const char *id;
  guint32     customer;
  gint32      next;          /* the customer's next deal, or -1 */
  gint64      created_at;
  gint64      ends_at;       /* closed, or now for open deals */
  guint16     owner;
} DemoDeal;

typedef struct
{
  const char *id;
  guint32     customer;
  gint32      next;          /* the customer's next ticket, or -1 */
  gint64      received_at;
  gint64      ends_at;       /* closed, or now */
  guint16     technician;
} DemoTicket;

typedef struct
{
  guint  product;
  gint64 quantity;
  int    discount;
} PlanLine;

#define MAX_LINES 9

typedef struct
{
  CrmStore        *store;
  GRand           *rand;
  gint64           now;
  /* 00:00 UTC on the day of now. */
  gint64           today;
  guint            n_customers;
  CrmDemoProgress  progress;
  gpointer         user_data;
  guint            in_batch;

  GParamSpec      *created_at;
  GStringChunk    *ids;
  GString         *text;
  GString         *email;
  guint32          unique;
  guint32          unique_mask;

  CountryData      countries[N_COUNTRIES];

  DemoStaff       *staff;
  guint            n_staff;
  GArray          *all_sales;
  GArray          *all_technicians;

  DemoProduct     *products;
  guint            n_products;
  /* Indexes into products: all of them, devices, consumables. */
  GArray          *products_all;
  GArray          *devices;
  GArray          *supplies;

  const char      *stage_ids[N_STAGES];

  DemoCampaign    *campaigns;
  guint            n_campaigns;

  DemoCustomer    *customers;
  const char     **contact_ids;
  guint            n_contacts;

  DemoDeal        *deals;
  guint            n_deals;
  gint32          *first_deal;

  DemoTicket      *tickets;
  guint            n_tickets;
  gint32          *first_ticket;

  guint            n_quotes;
  guint            n_orders;

  guint            activity_weights[G_N_ELEMENTS (activity_kinds)];
} Demo;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* 0 … n - 1. */
static inline guint
rand_index (Demo  *demo,
            guint  n)
{
  g_assert (n > 0 && n <= G_MAXINT32);

  return (guint) g_rand_int_range (demo->rand, 0, (gint32) n);
}

/* lo … hi - 1, or lo when the range is empty. */
static inline gint64
rand_between (Demo   *demo,
              gint64  lo,
              gint64  hi)
{
  if (hi <= lo)
    return lo;
  if (hi - lo <= G_MAXINT32)
    return lo + g_rand_int_range (demo->rand, 0, (gint32) (hi - lo));

  return lo + (gint64) g_rand_double_range (demo->rand, 0, (double) (hi - lo));
}

static inline gboolean
chance (Demo  *demo,
        guint  percent)
{
  return rand_index (demo, 100) < percent;
}

#define PICK(demo, array) ((array)[rand_index ((demo), G_N_ELEMENTS (array))])

static guint
pick_weighted (Demo        *demo,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];

  r = rand_index (demo, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  return n - 1;
}

static guint
pick_from (Demo   *demo,
           GArray *indexes)
{
  return g_array_index (indexes, guint, rand_index (demo, indexes->len));
}

/* Favours the first entries, so that some products sell far better than
 * others and "best products" dashboards have a clear answer. */
static guint
pick_popular (Demo   *demo,
              GArray *indexes)
{
  double u = g_rand_double (demo->rand);

  return g_array_index (indexes, guint, (guint) (u * u * indexes->len));
}

/* A time within office hours (08:00–18:00 UTC) between lo and hi, where the
 * window allows it. */
static gint64
working_time (Demo   *demo,
              gint64  lo,
              gint64  hi)
{
  gint64 t = rand_between (demo, lo, hi);
  gint64 at = t - t % DAY + 8 * HOUR + rand_between (demo, 0, 10 * HOUR);

  return at >= lo && at < hi ? at : t;
}

static gint64
local_amount (guint  country,
              gint64 euro_cents)
{
  return (euro_cents * countries[country].rate + 500) / 1000;
}

/* Fills # with digits (no leading zero in a group) and @ with capitals. */
static void
append_pattern (Demo       *demo,
                GString    *out,
                const char *pattern)
{
  char previous = ' ';

  for (const char *p = pattern; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '#')
        c = g_ascii_isdigit (previous) ? '0' + rand_index (demo, 10) : '1' + rand_index (demo, 9);
      else if (c == '@')
        c = 'A' + rand_index (demo, 26);

      g_string_append_c (out, c);
      previous = c;
    }
}

/* The word of a company form that names the trade, for email addresses and
 * web sites:
 * "{} y Asociados" → "asociados", "Construcciones {}" → "construcciones";
 * empty for forms without Latin letters. */
static char *
form_slug (const char *form)
{
  g_autofree char *folded = crm_fold (form);
  g_auto(GStrv) words = g_strsplit_set (folded, " &{}.,'", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint n = 0;

      for (const char *p = words[i]; *p != '\0'; p++)
        n += g_ascii_isalpha (*p) ? 1 : 0;
      if (n >= 4 && n == strlen (words[i]))
        return g_strdup (words[i]);
    }

  return g_strdup ("");
}

/* "Çağlar" → "caglar", "O'Brien" → "obrien". */
static char *
ascii_word (const char *text)
{
  g_autofree char *folded = crm_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static char **
map_words (const char * const  *words,
           guint                n,
           char              *(*map) (const char *))
{
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n && words != NULL; i++)
    out[i] = map (words[i]);

  return out;
}

/* Chinese customers written in pinyin get their city in pinyin too. */
static const char *
place_name (const Place *place,
            gboolean     latin)
{
  return latin && place->latin != NULL ? place->latin : place->name;
}

static const char *
word (const char * const *native,
      const char * const *latin,
      guint               i,
      gboolean            use_latin)
{
  return use_latin && latin != NULL ? latin[i] : native[i];
}

/* A number that makes an email address unique: multiplying by an odd number
 * permutes 0 … 2^k - 1, so no two addresses share one, yet they look random. */
static guint32
next_unique (Demo *demo)
{
  return ((demo->unique++ * 2654435761u) & demo->unique_mask) + 1;
}

static void
report (Demo       *demo,
        const char *stage,
        guint64     done,
        guint64     total)
{
  if (demo->progress != NULL && (done % 1000 == 0 || done == total))
    demo->progress (stage, done, total, demo->user_data);
}

static gboolean
save (Demo      *demo,
      gpointer   record,
      gint64     created_at,
      GError   **error)
{
  crm_record_set_int64 (record, demo->created_at, MIN (created_at, demo->now));
  if (!crm_store_save (demo->store, record, error))
    return FALSE;

  demo->in_batch++;
  return TRUE;
}

static const char *
keep_id (Demo     *demo,
         gpointer  record)
{
  return g_string_chunk_insert (demo->ids, crm_record_get_id (record));
}

/* Commits once a batch is full. Called only between whole units (a customer
 * with its contacts, an order with its lines), so a failure never leaves half
 * of one behind. */
static gboolean
checkpoint (Demo    *demo,
            GError **error)
{
  if (demo->in_batch < BATCH_SIZE)
    return TRUE;

  demo->in_batch = 0;
  return crm_store_commit (demo->store, error) && crm_store_begin (demo->store, error);
}

/* ---------------------------------------------------------------------- */
/* People and companies                                                   */
/* ---------------------------------------------------------------------- */

typedef struct
{
  guint    country;
  gboolean latin;
  guint    first;
  guint    last;
  guint    last2;
} Person;

static void
pick_person (Demo     *demo,
             guint     country,
             gboolean  latin,
             Person   *person)
{
  const Country *c = &countries[country];

  person->country = country;
  person->latin = latin;
  person->first = rand_index (demo, c->n_first_names);
  person->last = rand_index (demo, c->n_last_names);
  person->last2 = c->two_surnames && chance (demo, 50) ? rand_index (demo, c->n_last_names) : NO_NAME;
}

static void
append_person_name (GString      *out,
                    const Person *person)
{
  const Country *c = &countries[person->country];

  /* Chinese: the family name first, without a space in characters. */
  if (c->first_names_latin != NULL)
    {
      g_string_append (out, word (c->last_names, c->last_names_latin, person->last, person->latin));
      if (person->latin)
        g_string_append_c (out, ' ');
      g_string_append (out, word (c->first_names, c->first_names_latin, person->first, person->latin));
      return;
    }

  g_string_append (out, c->first_names[person->first]);
  g_string_append_c (out, ' ');
  g_string_append (out, c->last_names[person->last]);
  if (person->last2 != NO_NAME)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, c->last_names[person->last2]);
    }
}

static void
append_email_end (Demo    *demo,
                  GString *out)
{
  g_string_append_printf (out, "%u@%s", next_unique (demo), PICK (demo, email_domains));
}

static void
append_person_email (Demo         *demo,
                     GString      *out,
                     const Person *person)
{
  CountryData *data = &demo->countries[person->country];
  const char *first = data->first_ascii[person->first];
  const char *last = data->last_ascii[person->last];

  switch (rand_index (demo, 10))
    {
    case 0: case 1: case 2: case 3: case 4: case 5:
      g_string_append_printf (out, "%s.%s", first, last);
      break;
    case 6: case 7:
      g_string_append_printf (out, "%c%s", first[0], last);
      break;
    case 8:
      g_string_append_printf (out, "%s.%s", last, first);
      break;
    default:
      g_string_append_printf (out, "%s_%s", first, last);
      break;
    }

  append_email_end (demo, out);
}

/* Builds a company name ("Yılmaz Otomotiv A.Ş.", "García y Asociados S.L.",
 * "Shenzhen Golden Dragon Trading Co.") and its ASCII slug ("yilmaz.otomotiv"). */
static void
append_company_name (Demo        *demo,
                     guint        country,
                     gboolean     latin,
                     const Place *city,
                     GString     *name,
                     GString     *slug)
{
  const Country *c = &countries[country];
  CountryData *data = &demo->countries[country];
  gboolean use_latin = latin && c->latin_forms != NULL;
  const char * const *forms = use_latin ? c->latin_forms : c->forms;
  const char * const *legal = use_latin ? c->latin_legal_forms : c->legal_forms;
  char **form_ascii = use_latin ? data->latin_form_ascii : data->form_ascii;
  guint n_forms = use_latin ? c->n_latin_forms : c->n_forms;
  guint n_legal = use_latin ? c->n_latin_legal_forms : c->n_legal_forms;
  guint form = rand_index (demo, n_forms);
  const char *placeholder = strstr (forms[form], "{}");
  guint r = rand_index (demo, 100);

  g_assert (placeholder != NULL);
  if (c->city_first)
    {
      g_string_append (name, place_name (city, latin));
      if (latin)
        g_string_append_c (name, ' ');
    }
  g_string_append_len (name, forms[form], placeholder - forms[form]);

  /* Chinese companies mostly carry a brand; elsewhere a family name, the
   * founder's full name ("Mehmet Yılmaz İnşaat") or two partners' names
   * ("Kaya & Demir"). */
  if (r < (c->city_first ? 50u : 10u))
    {
      guint brand = rand_index (demo, c->n_brands);

      g_string_append (name, word (c->brands, c->brands_latin, brand, latin));
      g_string_append (slug, data->brand_ascii[brand]);
    }
  else
    {
      guint last = rand_index (demo, c->n_last_names);
      guint other = rand_index (demo, c->n_last_names);
      guint first = rand_index (demo, c->n_first_names);

      if (c->city_first || r >= 70 || (r >= 45 && (other == last || strchr (forms[form], '&') != NULL)))
        {
          g_string_append (name, word (c->last_names, c->last_names_latin, last, latin));
          g_string_append (slug, data->last_ascii[last]);
        }
      else if (r < 45)
        {
          g_string_append (name, c->first_names[first]);
          g_string_append_c (name, ' ');
          g_string_append (name, c->last_names[last]);
          g_string_append (slug, data->first_ascii[first]);
          g_string_append (slug, data->last_ascii[last]);
        }
      else
        {
          g_string_append (name, c->last_names[last]);
          g_string_append (name, " & ");
          g_string_append (name, c->last_names[other]);
          g_string_append (slug, data->last_ascii[last]);
          g_string_append (slug, data->last_ascii[other]);
        }
    }

  g_string_append (name, placeholder + 2);
  g_string_append (name, legal[rand_index (demo, n_legal)]);

  if (form_ascii[form][0] != '\0')
    {
      g_string_append_c (slug, '.');
      g_string_append (slug, form_ascii[form]);
    }
}

/* ---------------------------------------------------------------------- */
/* Stages                                                                 */
/* ---------------------------------------------------------------------- */

static gboolean
create_staff (Demo    *demo,
              GError **error)
{
  const char *stage = _("Creating staff");

  demo->n_staff = MAX (8, demo->n_customers / 1000);
  demo->staff = g_new0 (DemoStaff, demo->n_staff);
  report (demo, stage, 0, demo->n_staff);

  for (guint i = 0; i < demo->n_staff; i++)
    {
      g_autoptr(CrmStaff) staff = crm_staff_new ();
      DemoStaff *s = &demo->staff[i];
      const char *role = staff_roles[i % G_N_ELEMENTS (staff_roles)];
      /* The first few stay, so that every role always has someone. */
      gboolean active = i < 10 || !chance (demo, 5);
      Person person;

      s->country = i % N_COUNTRIES;
      pick_person (demo, s->country, chance (demo, 50), &person);

      g_string_truncate (demo->text, 0);
      append_person_name (demo->text, &person);
      crm_staff_set_name (staff, demo->text->str);

      g_string_truncate (demo->email, 0);
      append_person_email (demo, demo->email, &person);
      crm_staff_set_email (staff, demo->email->str);

      g_string_truncate (demo->text, 0);
      append_pattern (demo, demo->text, countries[s->country].mobile);
      crm_staff_set_phone (staff, demo->text->str);

      crm_staff_set_role (staff, role);
      crm_staff_set_region (staff, countries[s->country].region);
      crm_staff_set_currency (staff, countries[s->country].currency);
      crm_staff_set_active (staff, active);
      if (g_str_equal (role, "sales"))
        {
          /* A yearly quota, in round thousands. */
          gint64 quota = local_amount (s->country, rand_between (demo, 150000, 600000) * 100);

          crm_staff_set_quota (staff, quota - quota % 100000);
        }

      if (!save (demo, staff, demo->now - rand_between (demo, YEAR, 8 * YEAR), error))
        return FALSE;
      s->id = keep_id (demo, staff);

      if (active && g_str_equal (role, "sales"))
        {
          g_array_append_val (demo->countries[s->country].sales, i);
          g_array_append_val (demo->all_sales, i);
        }
      else if (active && g_str_equal (role, "technician"))
        {
          g_array_append_val (demo->countries[s->country].technicians, i);
          g_array_append_val (demo->all_technicians, i);
        }

      report (demo, stage, i + 1, demo->n_staff);
    }

  return checkpoint (demo, error);
}

static gboolean
create_products (Demo    *demo,
                 GError **error)
{
  const char *stage = _("Creating products");

  demo->n_products = MAX (20, MIN (500, demo->n_customers / 200));
  demo->products = g_new0 (DemoProduct, demo->n_products);
  report (demo, stage, 0, demo->n_products);

  for (guint i = 0; i < demo->n_products; i++)
    {
      g_autoptr(CrmProduct) product = crm_product_new ();
      DemoProduct *p = &demo->products[i];
      const ProductKind *kind;
      const char *variant;
      guint model;
      char sku[32];

      p->kind = i % G_N_ELEMENTS (product_kinds);
      kind = &product_kinds[p->kind];
      model = (i / G_N_ELEMENTS (product_kinds) + 1) * 100;

      /* 249.00, 248.90 or 248.99. */
      p->price = rand_between (demo, kind->min_price, kind->max_price + 1) * 100;
      p->price -= (gint64[]) { 0, 10, 1 }[rand_index (demo, 3)];
      p->cost = p->price * rand_between (demo, 40, 76) / 100;

      g_snprintf (sku, sizeof sku, "%s-%04u", kind->prefix, model);
      if (kind->repurchase_days > 0)
        variant = PICK (demo, supply_variants);
      else if (g_str_equal (kind->category, "Services"))
        variant = PICK (demo, service_variants);
      else
        variant = PICK (demo, device_variants);
      p->name = g_strdup_printf ("%s %s %s-%u", kind->name, variant, kind->prefix, model);

      crm_product_set_name (product, p->name);
      crm_product_set_sku (product, sku);
      crm_product_set_category (product, kind->category);
      crm_product_set_description (product, kind->description);
      crm_product_set_unit_price (product, p->price);
      crm_product_set_unit_cost (product, p->cost);
      crm_product_set_currency (product, "EUR");
      crm_product_set_loyalty_points (product, MAX (1, p->price / 1000));
      crm_product_set_repurchase_days (product, kind->repurchase_days);
      crm_product_set_active (product, i < 20 || !chance (demo, 4));

      if (!save (demo, product, demo->now - rand_between (demo, 3 * YEAR + 30 * DAY, 5 * YEAR), error))
        return FALSE;
      p->id = keep_id (demo, product);

      g_array_append_val (demo->products_all, i);
      if (kind->device)
        g_array_append_val (demo->devices, i);
      if (kind->repurchase_days > 0)
        g_array_append_val (demo->supplies, i);

      report (demo, stage, i + 1, demo->n_products);
    }

  return checkpoint (demo, error);
}

static gboolean
create_stages (Demo    *demo,
               GError **error)
{
  const char *stage = _("Creating pipeline stages");

  report (demo, stage, 0, N_STAGES);

  for (guint i = 0; i < N_STAGES; i++)
    {
      g_autoptr(CrmPipelineStage) pipeline_stage = crm_pipeline_stage_new ();

      crm_pipeline_stage_set_name (pipeline_stage, stages[i].name);
      crm_pipeline_stage_set_position (pipeline_stage, i);
      crm_pipeline_stage_set_probability (pipeline_stage, stages[i].probability);
      crm_pipeline_stage_set_kind (pipeline_stage, stages[i].kind);

      if (!save (demo, pipeline_stage, demo->now - 5 * YEAR, error))
        return FALSE;
      demo->stage_ids[i] = keep_id (demo, pipeline_stage);
    }

  report (demo, stage, N_STAGES, N_STAGES);
  return checkpoint (demo, error);
}

static guint
pick_country (Demo *demo)
{
  guint weights[N_COUNTRIES];

  for (guint i = 0; i < N_COUNTRIES; i++)
    weights[i] = countries[i].weight;

  return pick_weighted (demo, weights, N_COUNTRIES);
}

static gboolean
create_campaigns (Demo    *demo,
                  GError **error)
{
  const char *stage = _("Creating campaigns");

  demo->n_campaigns = MAX (5, demo->n_customers / 5000);
  demo->campaigns = g_new0 (DemoCampaign, demo->n_campaigns);
  report (demo, stage, 0, demo->n_campaigns);

  for (guint i = 0; i < demo->n_campaigns; i++)
    {
      g_autoptr(CrmCampaign) campaign = crm_campaign_new ();
      g_autoptr(GDateTime) start = NULL;
      DemoCampaign *c = &demo->campaigns[i];
      guint theme = rand_index (demo, G_N_ELEMENTS (campaign_themes));
      gint64 cost = rand_between (demo, 1000, 30001) * 100;

      c->country = chance (demo, 30) ? -1 : (int) pick_country (demo);
      /* Mostly past and running campaigns; the last one is still to come. */
      if (i == demo->n_campaigns - 1)
        c->starts_at = demo->today + rand_between (demo, 3, 30) * DAY;
      else
        c->starts_at = demo->today - rand_between (demo, 0, 730) * DAY;
      c->ends_at = c->starts_at + rand_between (demo, 7, 61) * DAY;

      start = g_date_time_new_from_unix_utc (c->starts_at);
      g_string_truncate (demo->text, 0);
      g_string_append_printf (demo->text, "%s %d", campaign_themes[theme], g_date_time_get_year (start));
      if (c->country >= 0)
        g_string_append_printf (demo->text, " – %s", countries[c->country].name);

      crm_campaign_set_name (campaign, demo->text->str);
      crm_campaign_set_channel (campaign, PICK (demo, campaign_channels));
      crm_campaign_set_description (campaign, campaign_themes[theme]);
      crm_campaign_set_starts_at (campaign, c->starts_at);
      crm_campaign_set_ends_at (campaign, c->ends_at);
      crm_campaign_set_cost (campaign, c->country >= 0 ? local_amount (c->country, cost) : cost);
      crm_campaign_set_currency (campaign, c->country >= 0 ? countries[c->country].currency : "EUR");

      if (!save (demo, campaign, c->starts_at - rand_between (demo, 7, 30) * DAY, error))
        return FALSE;
      c->id = keep_id (demo, campaign);

      report (demo, stage, i + 1, demo->n_campaigns);
    }

  return checkpoint (demo, error);
}

static guint16
pick_owner (Demo  *demo,
            guint  country)
{
  GArray *sales = demo->countries[country].sales;

  return pick_from (demo, sales->len > 0 ? sales : demo->all_sales);
}

static guint16
pick_technician (Demo  *demo,
                 guint  country)
{
  GArray *technicians = demo->countries[country].technicians;

  return pick_from (demo, technicians->len > 0 ? technicians : demo->all_technicians);
}

static gboolean
create_contacts (Demo          *demo,
                 DemoCustomer  *c,
                 const Person  *customer_person,
                 GError       **error)
{
  const Country *country = &countries[c->country];
  const Place *city = &country->cities[c->city];
  guint n = c->company ? 3 + rand_index (demo, 3) : 1 + rand_index (demo, 2);

  c->first_contact = demo->n_contacts;
  c->n_contacts = n;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(CrmContact) contact = crm_contact_new ();
      Person person;

      pick_person (demo, c->country, c->latin, &person);
      if (!c->company)
        {
          /* A private customer is the first contact; the second is family. */
          if (k == 0)
            person = *customer_person;
          else
            person.last = customer_person->last;
        }

      g_string_truncate (demo->text, 0);
      append_person_name (demo->text, &person);
      crm_contact_set_customer_id (contact, c->id);
      crm_contact_set_name (contact, demo->text->str);
      crm_contact_set_is_primary (contact, k == 0);
      crm_contact_set_city (contact, place_name (city, c->latin));

      if (c->company)
        crm_contact_set_title (contact, PICK (demo, contact_titles));

      if (chance (demo, 90))
        {
          g_string_truncate (demo->email, 0);
          append_person_email (demo, demo->email, &person);
          crm_contact_set_email (contact, demo->email->str);
        }

      if (c->company && chance (demo, 70))
        {
          g_string_truncate (demo->text, 0);
          append_pattern (demo, demo->text, country->landline);
          crm_contact_set_phone (contact, demo->text->str);
        }

      if (chance (demo, 85))
        {
          g_string_truncate (demo->text, 0);
          append_pattern (demo, demo->text, country->mobile);
          crm_contact_set_mobile (contact, demo->text->str);
        }

      if (!save (demo, contact, c->since + rand_between (demo, 0, (demo->now - c->since) / 4), error))
        return FALSE;
      demo->contact_ids[demo->n_contacts++] = keep_id (demo, contact);
    }

  return TRUE;
}

static gboolean
create_customers (Demo    *demo,
                  GError **error)
{
  const char *stage = _("Creating customers");
  guint n = demo->n_customers;

  demo->customers = g_new0 (DemoCustomer, n);
  demo->contact_ids = g_new0 (const char *, (gsize) n * 5);
  report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmCustomer) customer = crm_customer_new ();
      DemoCustomer *c = &demo->customers[i];
      const Country *country;
      const Place *city;
      const Place *street;
      Person person;

      c->country = pick_country (demo);
      country = &countries[c->country];
      c->company = chance (demo, 60);
      c->latin = country->first_names_latin != NULL && chance (demo, 50);
      c->since = demo->now - 30 * DAY - rand_between (demo, 0, 6 * YEAR);
      c->neglected = c->since < demo->now - 180 * DAY && chance (demo, 16);
      c->city = rand_index (demo, country->n_cities);
      c->owner = pick_owner (demo, c->country);
      demo->countries[c->country].n_customers++;
      city = &country->cities[c->city];

      pick_person (demo, c->country, c->latin, &person);
      g_string_truncate (demo->text, 0);
      g_string_truncate (demo->email, 0);

      if (c->company)
        {
          g_autoptr(GString) slug = g_string_new (NULL);

          append_company_name (demo, c->country, c->latin, city, demo->text, slug);
          crm_customer_set_kind (customer, CRM_CUSTOMER_KIND_COMPANY);
          crm_customer_set_name (customer, demo->text->str);
          crm_customer_set_company (customer, demo->text->str);

          g_string_append (demo->email, slug->str);
          append_email_end (demo, demo->email);
          crm_customer_set_email (customer, demo->email->str);

          if (chance (demo, 70))
            {
              /* "yilmaz.otomotiv" → https://www.yilmaz-otomotiv.example.com */
              g_string_truncate (demo->text, 0);
              g_string_append (demo->text, "https://www.");
              for (const char *p = slug->str; *p != '\0'; p++)
                g_string_append_c (demo->text, *p == '.' ? '-' : *p);
              g_string_append (demo->text, ".example.com");
              crm_customer_set_website (customer, demo->text->str);
            }

          g_string_truncate (demo->text, 0);
          append_pattern (demo, demo->text, country->landline);
          crm_customer_set_phone (customer, demo->text->str);
          crm_customer_set_segment (customer,
                                    segments[pick_weighted (demo, company_segment_weights,
                                                            G_N_ELEMENTS (company_segment_weights))]);
          crm_customer_set_loyalty_points (customer, chance (demo, 30) ? 0 : rand_between (demo, 0, 15000));
        }
      else
        {
          append_person_name (demo->text, &person);
          crm_customer_set_kind (customer, CRM_CUSTOMER_KIND_PERSON);
          crm_customer_set_name (customer, demo->text->str);

          append_person_email (demo, demo->email, &person);
          crm_customer_set_email (customer, demo->email->str);

          g_string_truncate (demo->text, 0);
          append_pattern (demo, demo->text, country->mobile);
          crm_customer_set_phone (customer, demo->text->str);
          crm_customer_set_segment (customer,
                                    segments[pick_weighted (demo, person_segment_weights,
                                                            G_N_ELEMENTS (person_segment_weights))]);
          crm_customer_set_loyalty_points (customer, chance (demo, 40) ? 0 : rand_between (demo, 0, 3000));
        }

      street = &country->streets[rand_index (demo, country->n_streets)];
      g_string_truncate (demo->text, 0);
      append_pattern (demo, demo->text, place_name (street, c->latin));
      crm_customer_set_address (customer, demo->text->str);

      crm_customer_set_city (customer, place_name (city, c->latin));
      g_string_truncate (demo->text, 0);
      append_pattern (demo, demo->text, city->code);
      crm_customer_set_postal_code (customer, demo->text->str);
      crm_customer_set_country (customer, country->name);
      crm_customer_set_region (customer, country->region);
      crm_customer_set_owner_id (customer, demo->staff[c->owner].id);
      if (chance (demo, 20))
        crm_customer_set_notes (customer, PICK (demo, customer_notes));

      if (!save (demo, customer, c->since, error))
        return FALSE;
      c->id = keep_id (demo, customer);

      if (!create_contacts (demo, c, &person, error) || !checkpoint (demo, error))
        return FALSE;

      report (demo, stage, i + 1, n);
    }

  return TRUE;
}

static gboolean
create_campaign_members (Demo    *demo,
                         GError **error)
{
  const char *stage = _("Adding campaign members");
  /* About half as many memberships as customers, spread over the campaigns. */
  guint per_campaign = MAX (1, demo->n_customers / 2 / demo->n_campaigns);

  report (demo, stage, 0, demo->n_campaigns);

  for (guint i = 0; i < demo->n_campaigns; i++)
    {
      DemoCampaign *campaign = &demo->campaigns[i];
      /* People sign up for an event up to two weeks before it starts. */
      gint64 opens_at = campaign->starts_at - 14 * DAY;
      gint64 closes_at = MIN (campaign->ends_at, demo->now);
      guint pool = 0;
      guint permille;

      /* The audience: the campaign's country, customers by then. */
      for (guint j = 0; j < demo->n_customers; j++)
        pool += (campaign->country < 0 || demo->customers[j].country == campaign->country) &&
                demo->customers[j].since < closes_at;

      /* Each of them joins with the same chance, so nobody joins twice. */
      permille = pool > 0 ? MIN (900, (guint) ((guint64) per_campaign * 1000 / pool)) : 0;

      for (guint j = 0; j < demo->n_customers && permille > 0; j++)
        {
          g_autoptr(CrmCampaignMember) member = NULL;
          DemoCustomer *c = &demo->customers[j];
          gint64 joined_at;

          if ((campaign->country >= 0 && c->country != campaign->country) ||
              c->since >= closes_at ||
              rand_index (demo, 1000) >= permille)
            continue;

          joined_at = working_time (demo, MAX (opens_at, c->since), closes_at);

          member = crm_campaign_member_new ();
          crm_campaign_member_set_campaign_id (member, campaign->id);
          crm_campaign_member_set_customer_id (member, c->id);
          crm_campaign_member_set_joined_at (member, joined_at);
          crm_campaign_member_set_responded (member, joined_at < demo->now - 3 * DAY && chance (demo, 15));

          if (!save (demo, member, joined_at, error) || !checkpoint (demo, error))
            return FALSE;
        }

      report (demo, stage, i + 1, demo->n_campaigns);
    }

  return TRUE;
}

/* Companies buy and complain more often than private customers. */
static guint
pick_customer (Demo *demo)
{
  guint i = rand_index (demo, demo->n_customers);

  if (!demo->customers[i].company && chance (demo, 40))
    i = rand_index (demo, demo->n_customers);

  return i;
}

static int
pick_discount (Demo *demo)
{
  static const guint weights[] = { 70, 12, 10, 5, 3 };
  static const int discounts[] = { 0, 500, 1000, 1500, 2000 };

  return discounts[pick_weighted (demo, weights, G_N_ELEMENTS (weights))];
}

static void
plan_line (Demo     *demo,
           PlanLine *line,
           guint     product)
{
  gboolean device = product_kinds[demo->products[product].kind].device;

  line->product = product;
  line->quantity = device ? 1 + rand_index (demo, 3) : 1 + rand_index (demo, 12);
  line->discount = pick_discount (demo);
}

/* Fills lines[from … n - 1] with popular products not already in the plan. */
static void
plan_more_lines (Demo     *demo,
                 PlanLine *lines,
                 guint     from,
                 guint     n,
                 GArray   *products)
{
  for (guint i = from; i < n; i++)
    {
      guint product = pick_popular (demo, products);

      /* Retry a few times on a repeat; a repeat after that is harmless. */
      for (guint tries = 0; tries < 3; tries++)
        {
          gboolean repeated = FALSE;

          for (guint j = 0; j < i; j++)
            repeated |= lines[j].product == product;
          if (!repeated)
            break;
          product = pick_popular (demo, products);
        }

      plan_line (demo, &lines[i], product);
    }
}

/* 1 … 9 lines, 5.8 on average: with the 1–4 lines of the orders that come
 * from deals, orders have about five lines. */
static guint
pick_n_lines (Demo *demo)
{
  static const guint weights[MAX_LINES] = { 4, 6, 9, 11, 13, 14, 15, 14, 14 };

  return 1 + pick_weighted (demo, weights, MAX_LINES);
}

static gint64
plan_total (Demo           *demo,
            guint           country,
            const PlanLine *lines,
            guint           n)
{
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    total += crm_money_line_total (lines[i].quantity,
                                   local_amount (country, demo->products[lines[i].product].price),
                                   lines[i].discount);

  return total;
}

static CrmOrderStatus
order_status (Demo   *demo,
              gint64  ordered_at)
{
  guint r;

  if (demo->now - ordered_at < 10 * DAY)
    return chance (demo, 60) ? CRM_ORDER_STATUS_OPEN : CRM_ORDER_STATUS_DELIVERED;

  r = rand_index (demo, 1000);
  if (r < 25)
    return CRM_ORDER_STATUS_CANCELLED;
  if (r < 30)
    return CRM_ORDER_STATUS_OPEN;

  return CRM_ORDER_STATUS_DELIVERED;
}

static gboolean
create_order (Demo            *demo,
              guint            customer,
              const char      *quote_id,
              const char      *deal_id,
              gint64           ordered_at,
              const PlanLine  *lines,
              guint            n_lines,
              GError         **error)
{
  g_autoptr(CrmOrder) order = crm_order_new ();
  DemoCustomer *c = &demo->customers[customer];
  const char *currency = countries[c->country].currency;
  const char *order_id;
  char number[32];

  ordered_at = MIN (ordered_at, demo->now);
  g_snprintf (number, sizeof number, "SO-%06u", ++demo->n_orders);

  crm_order_set_customer_id (order, c->id);
  crm_order_set_quote_id (order, quote_id);
  crm_order_set_deal_id (order, deal_id);
  crm_order_set_number (order, number);
  crm_order_set_status (order, order_status (demo, ordered_at));
  crm_order_set_ordered_at (order, ordered_at);
  crm_order_set_currency (order, currency);

  if (!save (demo, order, ordered_at, error))
    return FALSE;
  order_id = crm_record_get_id (CRM_RECORD (order));

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(CrmOrderLine) line = crm_order_line_new ();
      DemoProduct *product = &demo->products[lines[i].product];

      crm_order_line_set_order_id (line, order_id);
      crm_order_line_set_product_id (line, product->id);
      crm_order_line_set_description (line, product->name);
      crm_order_line_set_quantity (line, lines[i].quantity);
      crm_order_line_set_unit_price (line, local_amount (c->country, product->price));
      crm_order_line_set_unit_cost (line, local_amount (c->country, product->cost));
      crm_order_line_set_discount (line, lines[i].discount);
      crm_order_line_set_position (line, i);

      if (!save (demo, line, ordered_at, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
create_quote (Demo            *demo,
              guint            customer,
              const char      *deal_id,
              CrmQuoteStatus   status,
              gint64           issued_at,
              const PlanLine  *lines,
              guint            n_lines,
              const char     **quote_id,
              GError         **error)
{
  g_autoptr(CrmQuote) quote = crm_quote_new ();
  DemoCustomer *c = &demo->customers[customer];
  char number[32];

  g_snprintf (number, sizeof number, "Q-%06u", ++demo->n_quotes);

  crm_quote_set_customer_id (quote, c->id);
  crm_quote_set_deal_id (quote, deal_id);
  crm_quote_set_number (quote, number);
  crm_quote_set_status (quote, status);
  crm_quote_set_issued_at (quote, issued_at);
  crm_quote_set_valid_until (quote, issued_at - issued_at % DAY + 30 * DAY);
  crm_quote_set_currency (quote, countries[c->country].currency);
  crm_quote_set_tax_rate (quote, countries[c->country].tax_rate);

  if (!save (demo, quote, issued_at, error))
    return FALSE;
  *quote_id = keep_id (demo, quote);

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(CrmQuoteLine) line = crm_quote_line_new ();
      DemoProduct *product = &demo->products[lines[i].product];

      crm_quote_line_set_quote_id (line, *quote_id);
      crm_quote_line_set_product_id (line, product->id);
      crm_quote_line_set_description (line, product->name);
      crm_quote_line_set_quantity (line, lines[i].quantity);
      crm_quote_line_set_unit_price (line, local_amount (c->country, product->price));
      crm_quote_line_set_discount (line, lines[i].discount);
      crm_quote_line_set_position (line, i);

      if (!save (demo, line, issued_at, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
create_deals (Demo    *demo,
              GError **error)
{
  const char *stage = _("Creating deals and quotes");
  guint stage_weights[N_STAGES];

  for (guint i = 0; i < N_STAGES; i++)
    stage_weights[i] = stages[i].weight;
  demo->n_deals = demo->n_customers / 2;
  demo->deals = g_new0 (DemoDeal, MAX (1, demo->n_deals));
  demo->first_deal = g_new (gint32, demo->n_customers);
  memset (demo->first_deal, 0xff, sizeof (gint32) * demo->n_customers);
  report (demo, stage, 0, demo->n_deals);

  for (guint i = 0; i < demo->n_deals; i++)
    {
      g_autoptr(CrmDeal) deal = crm_deal_new ();
      DemoDeal *d = &demo->deals[i];
      DemoCustomer *c;
      PlanLine lines[4];
      guint n_lines = 1 + rand_index (demo, 4);
      guint stage_index = pick_weighted (demo, stage_weights, N_STAGES);
      CrmStageKind kind = stages[stage_index].kind;
      gint64 planned_days = rand_between (demo, 14, 150);
      gint64 lo, expected_close_at;

      d->customer = pick_customer (demo);
      c = &demo->customers[d->customer];
      d->next = demo->first_deal[d->customer];
      demo->first_deal[d->customer] = i;
      d->owner = chance (demo, 80) ? c->owner : pick_owner (demo, c->country);

      plan_line (demo, &lines[0], pick_popular (demo, chance (demo, 70) ? demo->devices : demo->products_all));
      plan_more_lines (demo, lines, 1, n_lines, demo->products_all);

      if (kind == CRM_STAGE_KIND_OPEN)
        {
          lo = MAX (c->since, demo->now - 150 * DAY);
          d->created_at = working_time (demo, lo, demo->now - HOUR);
          d->ends_at = demo->now;
          crm_deal_set_stage_entered_at (deal, rand_between (demo, d->created_at, demo->now));
          /* Some are already overdue. */
          expected_close_at = demo->today + rand_between (demo, -20, 120) * DAY;
          crm_deal_set_expected_close_at (deal, MAX (d->created_at + DAY, expected_close_at));
        }
      else
        {
          gint64 cycle, latest;

          lo = MAX (c->since, demo->now - 3 * YEAR);
          d->created_at = working_time (demo, lo, demo->now - 7 * DAY);
          cycle = rand_between (demo, 7, 150) * DAY;
          latest = demo->now - rand_between (demo, 0, DAY);
          d->ends_at = MAX (MIN (d->created_at + cycle, latest), d->created_at + HOUR);
          crm_deal_set_stage_entered_at (deal, d->ends_at);
          crm_deal_set_closed_at (deal, d->ends_at);
          crm_deal_set_expected_close_at (deal, d->created_at + planned_days * DAY);
          crm_deal_set_close_reason (deal, kind == CRM_STAGE_KIND_WON ? PICK (demo, won_reasons)
                                                                      : PICK (demo, lost_reasons));
        }

      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, PICK (demo, deal_needs));
      g_string_append (demo->text, ": ");
      g_string_append (demo->text, demo->products[lines[0].product].name);

      crm_deal_set_customer_id (deal, c->id);
      crm_deal_set_contact_id (deal, demo->contact_ids[c->first_contact + rand_index (demo, c->n_contacts)]);
      crm_deal_set_title (deal, demo->text->str);
      crm_deal_set_stage_id (deal, demo->stage_ids[stage_index]);
      crm_deal_set_owner_id (deal, demo->staff[d->owner].id);
      crm_deal_set_amount (deal, plan_total (demo, c->country, lines, n_lines));
      crm_deal_set_currency (deal, countries[c->country].currency);

      if (chance (demo, 10))
        {
          DemoCampaign *campaign = &demo->campaigns[rand_index (demo, demo->n_campaigns)];

          if ((campaign->country < 0 || campaign->country == c->country) &&
              campaign->starts_at <= d->created_at)
            crm_deal_set_campaign_id (deal, campaign->id);
        }
      if (chance (demo, 15))
        crm_deal_set_notes (deal, PICK (demo, deal_notes));

      if (!save (demo, deal, d->created_at, error))
        return FALSE;
      d->id = keep_id (demo, deal);

      /* Deals past the qualification have a quote; won ones an order too. */
      if (stage_index >= STAGE_PROPOSAL)
        {
          const char *quote_id = NULL;
          CrmQuoteStatus status = kind == CRM_STAGE_KIND_WON ? CRM_QUOTE_STATUS_ACCEPTED
                                : kind == CRM_STAGE_KIND_LOST ? CRM_QUOTE_STATUS_REJECTED
                                : CRM_QUOTE_STATUS_SENT;
          gint64 issued_at = d->created_at + rand_between (demo, 0, (d->ends_at - d->created_at) / 2 + 1);

          if (chance (demo, 32) &&
              !create_quote (demo, d->customer, d->id, status, issued_at, lines, n_lines, &quote_id, error))
            return FALSE;

          if (kind == CRM_STAGE_KIND_WON &&
              !create_order (demo, d->customer, quote_id, d->id,
                             d->ends_at + rand_between (demo, 0, 3 * DAY), lines, n_lines, error))
            return FALSE;
        }

      if (!checkpoint (demo, error))
        return FALSE;

      report (demo, stage, i + 1, demo->n_deals);
    }

  return TRUE;
}

/* Quotes without a deal: a price asked over the phone or at the counter. */
static gboolean
create_quotes (Demo    *demo,
               GError **error)
{
  static const guint status_weights[] = { 15, 30, 35, 20 };
  const char *stage = _("Creating quotes");
  guint target = demo->n_customers / 5;
  guint n = target > demo->n_quotes ? target - demo->n_quotes : 0;

  report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      guint customer = pick_customer (demo);
      DemoCustomer *c = &demo->customers[customer];
      CrmQuoteStatus status = pick_weighted (demo, status_weights, G_N_ELEMENTS (status_weights));
      PlanLine lines[4];
      guint n_lines = 1 + rand_index (demo, 4);
      const char *quote_id = NULL;
      gint64 issued_at;

      if (status == CRM_QUOTE_STATUS_DRAFT)
        issued_at = working_time (demo, MAX (c->since, demo->now - 30 * DAY), demo->now);
      else
        issued_at = working_time (demo, MAX (c->since, demo->now - 2 * YEAR), demo->now);

      plan_more_lines (demo, lines, 0, n_lines, demo->products_all);
      if (!create_quote (demo, customer, NULL, status, issued_at, lines, n_lines, &quote_id, error))
        return FALSE;

      if (status == CRM_QUOTE_STATUS_ACCEPTED &&
          !create_order (demo, customer, quote_id, NULL,
                         issued_at + rand_between (demo, DAY, 14 * DAY), lines, n_lines, error))
        return FALSE;

      if (!checkpoint (demo, error))
        return FALSE;

      report (demo, stage, i + 1, n);
    }

  return TRUE;
}

/* Orders that come without a deal: one-off purchases, and consumables bought
 * again every re-purchase period (give or take) until the customer stops. */
static gboolean
create_orders (Demo    *demo,
               GError **error)
{
  static const guint count_weights[] = { 80, 11, 5, 2, 1, 1 };
  static const guint counts[] = { 0, 1, 2, 3, 4, 7 };
  const char *stage = _("Creating orders");

  report (demo, stage, 0, demo->n_customers);

  for (guint i = 0; i < demo->n_customers; i++)
    {
      DemoCustomer *c = &demo->customers[i];
      gint64 lo = MAX (c->since, demo->now - 3 * YEAR);
      guint n_one_off = counts[pick_weighted (demo, count_weights, G_N_ELEMENTS (count_weights))];
      PlanLine lines[MAX_LINES];

      /* One customer in fifteen buys a consumable regularly. */
      if (demo->supplies->len > 0 && rand_index (demo, 1000) < 65)
        {
          guint product = pick_from (demo, demo->supplies);
          gint64 period = product_kinds[demo->products[product].kind].repurchase_days * (gint64) DAY;
          gint64 start = rand_between (demo, lo, MAX (lo + 1, demo->now - period / 2));
          /* One in five subscriptions has stopped: a lost repeat buyer. */
          gint64 stop = chance (demo, 20) ? rand_between (demo, start, demo->now) : demo->now;
          gint64 quantity = 1 + rand_index (demo, period <= 30 * DAY ? 6 : 3);

          for (gint64 t = start; t <= stop; t += period * rand_between (demo, 85, 116) / 100)
            {
              guint n_lines = pick_n_lines (demo);

              lines[0].product = product;
              lines[0].quantity = quantity;
              lines[0].discount = pick_discount (demo);
              plan_more_lines (demo, lines, 1, n_lines, demo->products_all);

              if (!create_order (demo, i, NULL, NULL, working_time (demo, t, t + DAY), lines, n_lines, error) ||
                  !checkpoint (demo, error))
                return FALSE;
            }
        }

      for (guint k = 0; k < n_one_off; k++)
        {
          guint n_lines = pick_n_lines (demo);

          plan_more_lines (demo, lines, 0, n_lines, demo->products_all);
          if (!create_order (demo, i, NULL, NULL, working_time (demo, lo, demo->now), lines, n_lines, error) ||
              !checkpoint (demo, error))
            return FALSE;
        }

      report (demo, stage, i + 1, demo->n_customers);
    }

  return TRUE;
}

static gboolean
create_tickets (Demo    *demo,
                GError **error)
{
  static const guint priority_weights[] = { 20, 55, 18, 7 };
  static const guint satisfaction_weights[] = { 5, 8, 12, 30, 45 };
  const char *stage = _("Creating service tickets");

  demo->n_tickets = demo->n_customers;
  demo->tickets = g_new0 (DemoTicket, MAX (1, demo->n_tickets));
  demo->first_ticket = g_new (gint32, demo->n_customers);
  memset (demo->first_ticket, 0xff, sizeof (gint32) * demo->n_customers);
  report (demo, stage, 0, demo->n_tickets);

  for (guint i = 0; i < demo->n_tickets; i++)
    {
      g_autoptr(CrmTicket) ticket = crm_ticket_new ();
      DemoTicket *t = &demo->tickets[i];
      DemoCustomer *c;
      DemoProduct *product = &demo->products[pick_popular (demo, demo->devices)];
      const ProductKind *kind = &product_kinds[product->kind];
      CrmTicketPriority priority = pick_weighted (demo, priority_weights, G_N_ELEMENTS (priority_weights));
      guint fault = rand_index (demo, G_N_ELEMENTS (faults));
      gint64 received_window, sla_days, repair, closed_at, minutes, parts;
      g_autoptr(GDateTime) received = NULL;
      char text[64];

      t->customer = pick_customer (demo);
      c = &demo->customers[t->customer];
      t->next = demo->first_ticket[t->customer];
      demo->first_ticket[t->customer] = i;
      t->technician = pick_technician (demo, c->country);
      /* Tickets keep coming in: a share arrived in the last three weeks and
       * makes the open queue. */
      received_window = chance (demo, 8) ? 21 * DAY : 2 * YEAR;
      t->received_at = working_time (demo, MAX (c->since, demo->now - received_window), demo->now);

      /* SLA: 2 days when urgent … 10 when it can wait. */
      sla_days = (gint64[]) { 8, 5, 3, 2 }[priority] + rand_index (demo, 3);
      /* Most repairs make their SLA; a fifth do not. */
      repair = chance (demo, 80) ? rand_between (demo, 2 * HOUR, sla_days * DAY)
                                 : rand_between (demo, sla_days * DAY, (sla_days + 12) * DAY);
      closed_at = t->received_at + repair;
      minutes = rand_between (demo, 20, 480);

      g_snprintf (text, sizeof text, "T-%06u", i + 1);
      crm_ticket_set_number (ticket, text);
      received = g_date_time_new_from_unix_utc (t->received_at - rand_between (demo, 30 * DAY, 3 * YEAR));
      g_snprintf (text, sizeof text, "%s%02d%05u-%u", kind->prefix, g_date_time_get_year (received) % 100,
                  rand_index (demo, 100000), rand_index (demo, 10));
      crm_ticket_set_serial_number (ticket, text);

      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, faults[fault]);
      g_string_append (demo->text, " – ");
      g_string_append (demo->text, kind->name);

      crm_ticket_set_customer_id (ticket, c->id);
      crm_ticket_set_product_id (ticket, product->id);
      crm_ticket_set_title (ticket, demo->text->str);
      crm_ticket_set_description (ticket, fault_descriptions[fault]);
      crm_ticket_set_priority (ticket, priority);
      crm_ticket_set_fault_category (ticket, faults[fault]);
      crm_ticket_set_region (ticket, countries[c->country].region);
      crm_ticket_set_technician_id (ticket, demo->staff[t->technician].id);
      crm_ticket_set_received_at (ticket, t->received_at);
      crm_ticket_set_due_at (ticket, t->received_at + sla_days * DAY);
      crm_ticket_set_currency (ticket, countries[c->country].currency);

      if (closed_at <= demo->now && !chance (demo, 2))
        {
          guint satisfaction;

          t->ends_at = closed_at;
          crm_ticket_set_status (ticket, CRM_TICKET_STATUS_CLOSED);
          crm_ticket_set_closed_at (ticket, closed_at);
          crm_ticket_set_resolution (ticket, fault_resolutions[fault]);

          if (chance (demo, 80))
            {
              satisfaction = 1 + pick_weighted (demo, satisfaction_weights, G_N_ELEMENTS (satisfaction_weights));
              /* Late repairs please less. */
              if (repair > sla_days * DAY && satisfaction > 1 && chance (demo, 50))
                satisfaction--;
              crm_ticket_set_satisfaction (ticket, satisfaction);
              if (chance (demo, 35))
                crm_ticket_set_satisfaction_comment (ticket, satisfaction_comments[satisfaction]);
            }
        }
      else
        {
          /* Still in the workshop: how far along depends on the time it has
           * had. Those long past their time wait for parts, or for a customer
           * who does not come to pick the unit up. */
          double progress = (double) (demo->now - t->received_at) / (double) MAX (repair, 1);
          CrmTicketStatus status = progress < 0.15 ? CRM_TICKET_STATUS_RECEIVED
                                 : progress < 0.35 ? CRM_TICKET_STATUS_DIAGNOSING
                                 : progress < 0.6 ? CRM_TICKET_STATUS_WAITING_FOR_PARTS
                                 : progress < 0.9 ? CRM_TICKET_STATUS_IN_REPAIR
                                 : progress < 1.0 ? CRM_TICKET_STATUS_READY
                                 : chance (demo, 70) ? CRM_TICKET_STATUS_WAITING_FOR_PARTS
                                 : CRM_TICKET_STATUS_READY;

          t->ends_at = demo->now;
          crm_ticket_set_status (ticket, status);
          minutes = status == CRM_TICKET_STATUS_RECEIVED ? 0 : (gint64) (minutes * MIN (progress, 1.0));
        }

      /* Parts (none for most adjustments) plus labour at 55 € an hour. */
      parts = chance (demo, 40) ? 0 : rand_between (demo, 10, 300) * 100;
      crm_ticket_set_time_spent_minutes (ticket, minutes);
      crm_ticket_set_repair_cost (ticket, local_amount (c->country, parts + minutes * 5500 / 60));

      if (!save (demo, ticket, t->received_at, error) || !checkpoint (demo, error))
        return FALSE;
      t->id = keep_id (demo, ticket);

      report (demo, stage, i + 1, demo->n_tickets);
    }

  return TRUE;
}

static gboolean
create_contracts (Demo    *demo,
                  GError **error)
{
  const char *stage = _("Creating contracts");
  guint n = MAX (1, demo->n_customers / 10);

  report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmContract) contract = crm_contract_new ();
      guint customer = pick_customer (demo);
      DemoCustomer *c = &demo->customers[customer];
      DemoProduct *product = &demo->products[pick_popular (demo, demo->devices)];
      gint64 years = 1 + rand_index (demo, 3);
      gint64 units = 1 + rand_index (demo, 5);
      gint64 yearly = product->price * units * rand_between (demo, 8, 16) / 100;
      gint64 starts_at, ends_at;
      char number[32];

      /* One in 25 runs out within the next 30 days, so that renewal
       * reminders always have something to show. */
      if (i % 25 == 0)
        {
          ends_at = demo->today + rand_between (demo, 1, 31) * DAY;
          starts_at = ends_at - years * YEAR;
        }
      else
        {
          starts_at = demo->today - rand_between (demo, 0, 4 * 365) * DAY;
          starts_at = MAX (starts_at, c->since - c->since % DAY);
          ends_at = starts_at + years * YEAR;
        }

      g_snprintf (number, sizeof number, "CT-%06u", i + 1);
      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, "Maintenance contract: ");
      g_string_append (demo->text, product->name);

      crm_contract_set_customer_id (contract, c->id);
      crm_contract_set_product_id (contract, product->id);
      crm_contract_set_number (contract, number);
      crm_contract_set_title (contract, demo->text->str);
      crm_contract_set_starts_at (contract, starts_at);
      crm_contract_set_ends_at (contract, ends_at);
      crm_contract_set_value (contract, local_amount (c->country, yearly * years));
      crm_contract_set_currency (contract, countries[c->country].currency);
      crm_contract_set_reminder_days (contract, 30);
      if (units > 1)
        {
          g_string_truncate (demo->text, 0);
          g_string_append_printf (demo->text, "Covers %d units.", (int) units);
          crm_contract_set_notes (contract, demo->text->str);
        }

      if (!save (demo, contract, starts_at - rand_between (demo, 0, 30 * DAY), error) ||
          !checkpoint (demo, error))
        return FALSE;

      report (demo, stage, i + 1, n);
    }

  return TRUE;
}

/* Picks one element of a customer's chain of deals or tickets: @first is its
 * head, and each element holds the index of the next one (-1 at the end). */
static gint32
pick_linked (Demo          *demo,
             gint32         first,
             gconstpointer  elements,
             gsize          element_size,
             goffset        next_offset)
{
  guint n = 0;
  guint k;
  gint32 i;

#define NEXT(i) (*(const gint32 *) ((const char *) elements + (gsize) (i) * element_size + next_offset))
  for (i = first; i >= 0; i = NEXT (i))
    n++;

  k = rand_index (demo, n);
  for (i = first; k > 0; i = NEXT (i))
    k--;
#undef NEXT

  return i;
}

static gboolean
is_contact_kind (CrmActivityKind kind)
{
  return kind != CRM_ACTIVITY_KIND_NOTE && kind != CRM_ACTIVITY_KIND_TASK;
}

static gboolean
create_activity (Demo          *demo,
                 guint          customer,
                 gboolean       recent,
                 GError       **error)
{
  static const CrmActivityKind recent_kinds[] = {
    CRM_ACTIVITY_KIND_CALL, CRM_ACTIVITY_KIND_EMAIL, CRM_ACTIVITY_KIND_VISIT, CRM_ACTIVITY_KIND_MEETING,
  };
  g_autoptr(CrmActivity) activity = crm_activity_new ();
  DemoCustomer *c = &demo->customers[customer];
  CrmActivityKind kind;
  const ActivityKindInfo *info;
  const Phrase *phrase = NULL;
  gint64 lo, hi, at, due_at = 0;
  guint16 staff = c->owner;
  gboolean done = TRUE;
  int minutes = 0;
  gint64 cost = 0;

  if (recent)
    {
      /* Keeps the customer out of the neglected list. */
      kind = PICK (demo, recent_kinds);
      lo = MAX (c->since, demo->now - 60 * DAY);
      hi = demo->now;
    }
  else
    {
      kind = pick_weighted (demo, demo->activity_weights, G_N_ELEMENTS (demo->activity_weights));
      lo = MAX (c->since, demo->now - 2 * YEAR);
      hi = c->neglected ? demo->now - 91 * DAY : demo->now;
    }
  info = &activity_kinds[kind];

  /* A quarter of the work on a customer with deals is about one of them, and
   * some of the rest about its service tickets. */
  if (demo->first_deal[customer] >= 0 && chance (demo, 25))
    {
      DemoDeal *deal = &demo->deals[pick_linked (demo, demo->first_deal[customer], demo->deals,
                                                 sizeof (DemoDeal), G_STRUCT_OFFSET (DemoDeal, next))];

      if (MAX (lo, deal->created_at) < MIN (hi, deal->ends_at))
        {
          lo = MAX (lo, deal->created_at);
          hi = MIN (hi, deal->ends_at);
          staff = deal->owner;
          phrase = &PICK (demo, deal_phrases);
          crm_activity_set_deal_id (activity, deal->id);
        }
    }
  else if (demo->first_ticket[customer] >= 0 && is_contact_kind (kind) && chance (demo, 15))
    {
      DemoTicket *ticket = &demo->tickets[pick_linked (demo, demo->first_ticket[customer], demo->tickets,
                                                       sizeof (DemoTicket), G_STRUCT_OFFSET (DemoTicket, next))];

      if (MAX (lo, ticket->received_at) < MIN (hi, ticket->ends_at))
        {
          lo = MAX (lo, ticket->received_at);
          hi = MIN (hi, ticket->ends_at);
          staff = ticket->technician;
          phrase = &PICK (demo, ticket_phrases);
          crm_activity_set_ticket_id (activity, ticket->id);
        }
    }

  at = working_time (demo, lo, hi);

  switch (kind)
    {
    case CRM_ACTIVITY_KIND_CALL:
      minutes = 2 + rand_index (demo, 38);
      cost = minutes * 40;
      break;

    case CRM_ACTIVITY_KIND_MEETING:
      minutes = 30 + 15 * rand_index (demo, 8);
      cost = minutes * 100;
      break;

    case CRM_ACTIVITY_KIND_VISIT:
      minutes = 45 + 15 * rand_index (demo, 14);
      /* Time on site plus travel. */
      cost = minutes * 90 + rand_between (demo, 15, 80) * 100;
      if (chance (demo, 40))
        staff = pick_technician (demo, c->country);
      break;

    case CRM_ACTIVITY_KIND_TASK:
      {
        guint r = c->neglected || recent ? 99 : rand_index (demo, 100);

        if (r < 20)
          {
            /* Still to do. */
            at = working_time (demo, MAX (lo, demo->now - 10 * DAY), demo->now);
            due_at = demo->today + rand_between (demo, 1, 31) * DAY + 9 * HOUR + rand_index (demo, 8) * HOUR;
            done = FALSE;
          }
        else if (r < 25)
          {
            /* Due today. */
            at = working_time (demo, MAX (lo, demo->now - 14 * DAY), demo->now);
            due_at = demo->today + 9 * HOUR + rand_index (demo, 9) * HOUR;
            done = chance (demo, 30);
          }
        else
          {
            due_at = at - at % DAY + rand_between (demo, 1, 15) * DAY + 17 * HOUR;
            /* Some slipped through. */
            done = due_at > demo->now ? FALSE : chance (demo, 88);
          }
      }
      break;

    case CRM_ACTIVITY_KIND_EMAIL:
    case CRM_ACTIVITY_KIND_SMS:
    case CRM_ACTIVITY_KIND_FAX:
    case CRM_ACTIVITY_KIND_NOTE:
    default:
      break;
    }

  if (!recent && chance (demo, 10))
    staff = rand_index (demo, demo->n_staff);

  crm_activity_set_kind (activity, kind);
  crm_activity_set_customer_id (activity, c->id);
  if (chance (demo, is_contact_kind (kind) ? 75 : 25))
    crm_activity_set_contact_id (activity, demo->contact_ids[c->first_contact + rand_index (demo, c->n_contacts)]);
  crm_activity_set_staff_id (activity, demo->staff[staff].id);
  if (phrase == NULL)
    phrase = &info->phrases[rand_index (demo, info->n_phrases)];
  crm_activity_set_subject (activity, phrase->subject);
  crm_activity_set_body (activity, phrase->body);
  crm_activity_set_at (activity, at);
  crm_activity_set_done (activity, done);
  if (minutes > 0)
    {
      crm_activity_set_duration_minutes (activity, minutes);
      crm_activity_set_cost (activity, local_amount (c->country, cost));
      crm_activity_set_currency (activity, countries[c->country].currency);
    }
  if (due_at > 0)
    crm_activity_set_due_at (activity, due_at);

  return save (demo, activity, at, error);
}

static gboolean
create_activities (Demo    *demo,
                   GError **error)
{
  const char *stage = _("Creating activities");

  report (demo, stage, 0, demo->n_customers);

  for (guint i = 0; i < demo->n_customers; i++)
    {
      DemoCustomer *c = &demo->customers[i];
      /* 1 … 19: ten a customer on average. */
      guint n = 1 + rand_index (demo, 19);

      for (guint k = 0; k < n; k++)
        if (!create_activity (demo, i, k == 0 && !c->neglected, error))
          return FALSE;

      if (!checkpoint (demo, error))
        return FALSE;

      report (demo, stage, i + 1, demo->n_customers);
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */

static void
demo_init (Demo            *demo,
           CrmStore        *store,
           guint            n_customers,
           guint32          seed,
           gint64           now,
           CrmDemoProgress  progress,
           gpointer         user_data)
{
  GObjectClass *record_class;
  guint64 n_emails;

  memset (demo, 0, sizeof *demo);
  demo->store = store;
  demo->rand = g_rand_new_with_seed (seed);
  demo->now = now;
  demo->today = now - now % DAY;
  demo->n_customers = n_customers;
  demo->progress = progress;
  demo->user_data = user_data;

  record_class = g_type_class_ref (CRM_TYPE_CUSTOMER);
  demo->created_at = g_object_class_find_property (record_class, "created-at");
  g_type_class_unref (record_class);

  demo->ids = g_string_chunk_new (64 * 1024);
  demo->text = g_string_sized_new (256);
  demo->email = g_string_sized_new (128);

  /* Room for every customer, contact (5 at most) and staff address. */
  n_emails = (guint64) n_customers * 7 + 1024;
  demo->unique_mask = 1023;
  while (demo->unique_mask < n_emails && demo->unique_mask < G_MAXUINT32 / 2)
    demo->unique_mask = demo->unique_mask * 2 + 1;

  for (guint i = 0; i < N_COUNTRIES; i++)
    {
      const Country *c = &countries[i];
      CountryData *data = &demo->countries[i];

      data->first_ascii = map_words (c->first_names_latin != NULL ? c->first_names_latin : c->first_names,
                                     c->n_first_names, ascii_word);
      data->last_ascii = map_words (c->last_names_latin != NULL ? c->last_names_latin : c->last_names,
                                    c->n_last_names, ascii_word);
      data->brand_ascii = map_words (c->brands_latin != NULL ? c->brands_latin : c->brands,
                                     c->n_brands, ascii_word);
      data->form_ascii = map_words (c->forms, c->n_forms, form_slug);
      data->latin_form_ascii = map_words (c->latin_forms, c->n_latin_forms, form_slug);
      data->sales = g_array_new (FALSE, FALSE, sizeof (guint));
      data->technicians = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  demo->all_sales = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->all_technicians = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < G_N_ELEMENTS (activity_kinds); i++)
    demo->activity_weights[i] = activity_kinds[i].weight;

  demo->products_all = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->devices = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->supplies = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < N_COUNTRIES; i++)
    {
      CountryData *data = &demo->countries[i];

      g_strfreev (data->first_ascii);
      g_strfreev (data->last_ascii);
      g_strfreev (data->brand_ascii);
      g_strfreev (data->form_ascii);
      g_strfreev (data->latin_form_ascii);
      g_array_unref (data->sales);
      g_array_unref (data->technicians);
    }

  for (guint i = 0; i < demo->n_products && demo->products != NULL; i++)
    g_free (demo->products[i].name);

  g_rand_free (demo->rand);
  g_string_chunk_free (demo->ids);
  g_string_free (demo->text, TRUE);
  g_string_free (demo->email, TRUE);
  g_array_unref (demo->all_sales);
  g_array_unref (demo->all_technicians);
  g_array_unref (demo->products_all);
  g_array_unref (demo->devices);
  g_array_unref (demo->supplies);
  g_free (demo->staff);
  g_free (demo->products);
  g_free (demo->campaigns);
  g_free (demo->customers);
  g_free (demo->contact_ids);
  g_free (demo->deals);
  g_free (demo->first_deal);
  g_free (demo->tickets);
  g_free (demo->first_ticket);
}

static gint64
query_pragma (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Pragmas take no parameters; the values are integers of our own. */
static void
set_pragmas (sqlite3 *db,
             gint64   cache_size,
             gint64   wal_autocheckpoint)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT "; "
                                          "PRAGMA wal_autocheckpoint = %" G_GINT64_FORMAT,
                                          cache_size, wal_autocheckpoint);

  /* Only speed depends on them: a failure is no reason to stop. */
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_debug ("Cannot change the cache and checkpoint settings: %s", sqlite3_errmsg (db));
}

/**
 * crm_demo_generate:
 * @store: an empty store, preferably
 * @n_customers: how many customers; everything else scales with it
 * @seed: the same seed, @n_customers and @now give the same data
 * @now: "today" for the data, in unix seconds
 * @progress: (nullable) (scope call): called as the stages advance
 *
 * Fills @store with a realistic data set: staff, products, the pipeline
 * stages, campaigns, customers with contacts, deals, quotes, orders,
 * service tickets, contracts and activities, from several countries.
 *
 * Records are committed in batches of 50 000 (never splitting a customer
 * from its contacts or an order from its lines). When a save or a commit
 * fails (a full disk), the open batch is rolled back and the store's error
 * is returned; the batches committed before it stay.
 */
gboolean
crm_demo_generate (CrmStore         *store,
                   guint             n_customers,
                   guint32           seed,
                   gint64            now,
                   CrmDemoProgress   progress,
                   gpointer          user_data,
                   GError          **error)
{
  sqlite3 *db;
  gint64 cache_size, wal_autocheckpoint;
  Demo demo;
  gboolean ok;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_customers > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = crm_store_get_db (store);
  cache_size = query_pragma (db, "PRAGMA cache_size");
  wal_autocheckpoint = query_pragma (db, "PRAGMA wal_autocheckpoint");

  if (!crm_store_begin (store, error))
    return FALSE;

  set_pragmas (db, -BULK_CACHE_KIB, BULK_CHECKPOINT_PAGES);
  demo_init (&demo, store, n_customers, seed, now, progress, user_data);

  ok = create_staff (&demo, error) &&
       create_products (&demo, error) &&
       create_stages (&demo, error) &&
       create_campaigns (&demo, error) &&
       create_customers (&demo, error) &&
       create_campaign_members (&demo, error) &&
       create_deals (&demo, error) &&
       create_quotes (&demo, error) &&
       create_orders (&demo, error) &&
       create_tickets (&demo, error) &&
       create_contracts (&demo, error) &&
       create_activities (&demo, error) &&
       crm_store_commit (store, error);

  /* A failed save leaves the batch open; a failed commit has rolled back already. */
  if (!ok)
    crm_store_rollback (store);

  demo_clear (&demo);

  /* Back to the store's settings, which frees the larger cache; a passive
   * checkpoint copies the last batches from the log without waiting for
   * readers. */
  set_pragmas (db, cache_size, wal_autocheckpoint);
  sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);

  return ok;
}
