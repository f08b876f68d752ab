#include "demo/demonames.h"

namespace wzsw {

namespace {

// Dutch, with the call names the elderly of Brabant actually go by.
constexpr QStringView dutchOlderWomen[] = {
    u"Riet",   u"Truus", u"Toos",   u"Mien", u"Annie",  u"Nel",      u"Bep",
    u"Corrie", u"Ria",   u"Wil",    u"Ans",  u"Tineke", u"Greet",    u"Dien",
    u"Lies",   u"Joke",  u"Hennie", u"Door", u"Jo",     u"Marietje", u"Cato",
    u"Jet",    u"Trees", u"Sjaan",  u"Dora", u"Els",    u"Mia",      u"Netty",
};
constexpr QStringView dutchOlderMen[] = {
    u"Jan",   u"Piet", u"Kees",  u"Henk",  u"Gerrit", u"Wim",     u"Toon",  u"Harrie",
    u"Sjef",  u"Ad",   u"Frans", u"Cor",   u"Bert",   u"Theo",    u"Wout",  u"Driek",
    u"Janus", u"Huub", u"Jos",   u"Rinus", u"Tiny",   u"Ĳsbrand", u"Louis", u"Martien",
};
constexpr QStringView dutchYoungerWomen[] = {
    u"Sandra", u"Monique", u"Linda", u"Marieke",  u"Esther", u"Ilse",  u"Sanne", u"Lotte",
    u"Femke",  u"Anouk",   u"Kim",   u"Lisa",     u"Iris",   u"Eva",   u"Fleur", u"Noor",
    u"Zoë",    u"Anaïs",   u"Chloë", u"Mariëlle", u"Inge",   u"Petra", u"Wendy", u"Joyce",
};
constexpr QStringView dutchYoungerMen[] = {
    u"Mark", u"Dennis", u"Sander", u"Bas",  u"Thijs",  u"Ruud",    u"Niels", u"Joost",
    u"Tim",  u"Daan",   u"Luuk",   u"Sem",  u"Jesse",  u"Joël",    u"René",  u"André",
    u"Rick", u"Stijn",  u"Koen",   u"Bram", u"Jeroen", u"Maarten",
};
constexpr DemoFamilyName dutchFamilies[] = {
    {u"", u"Jansen"},         {u"de", u"Vries"},     {u"van", u"Dijk"},       {u"van den", u"Berg"},
    {u"van der", u"Heijden"}, {u"de", u"Jong"},      {u"van", u"Gool"},       {u"ten", u"Brink"},
    {u"'t", u"Hart"},         {u"van de", u"Ven"},   {u"van der", u"Linden"}, {u"", u"Smulders"},
    {u"", u"Verhoeven"},      {u"", u"Bakker"},      {u"", u"Janssen"},       {u"", u"Brouwers"},
    {u"van", u"Rooij"},       {u"van", u"Gils"},     {u"van", u"Dongen"},     {u"", u"Schellekens"},
    {u"", u"Hendriks"},       {u"", u"Verschuren"},  {u"van den", u"Boom"},   {u"", u"Kuijpers"},
    {u"van", u"Beek"},        {u"", u"Bogers"},      {u"van", u"Dommelen"},   {u"", u"Pijnenburg"},
    {u"", u"Vermeulen"},      {u"", u"Mutsaers"},    {u"de", u"Bruijn"},      {u"van", u"Gorp"},
    {u"", u"Sprangers"},      {u"van", u"Loon"},     {u"", u"Lauwers"},       {u"", u"Wouters"},
    {u"", u"Brands"},         {u"van", u"Iersel"},   {u"", u"Vugts"},         {u"van", u"Hoof"},
    {u"", u"Coolen"},         {u"", u"Hermans"},     {u"van", u"Riel"},       {u"van", u"Oers"},
    {u"", u"Peeters"},        {u"", u"Dekkers"},     {u"", u"Aarts"},         {u"van", u"Tuijl"},
    {u"ten", u"Berge"},       {u"van 't", u"Hof"},   {u"de", u"Wit"},         {u"van", u"Hest"},
    {u"", u"Rijnen"},         {u"van den", u"Hout"}, {u"", u"Moeskops"},      {u"", u"Roovers"},
    {u"", u"Kerkhofs"},       {u"", u"Leijten"},
};

constexpr QStringView turkishWomen[] = {u"Ayşe",   u"Fatma", u"Emine", u"Hatice", u"Elif",
                                        u"Zeynep", u"Büşra", u"Gül",   u"Sevgi"};
constexpr QStringView turkishMen[] = {u"Mehmet", u"Mustafa", u"Ahmet", u"Hüseyin", u"Emre",
                                      u"Yusuf",  u"Murat",   u"Kemal", u"İbrahim"};
constexpr DemoFamilyName turkishFamilies[] = {
    {u"", u"Yılmaz"}, {u"", u"Kaya"},   {u"", u"Demir"}, {u"", u"Çelik"},
    {u"", u"Şahin"},  {u"", u"Öztürk"}, {u"", u"Kütük"}, {u"", u"Aydın"},
    {u"", u"Arslan"}, {u"", u"Doğan"},  {u"", u"Koç"},   {u"", u"Güneş"},
};

constexpr QStringView moroccanWomen[] = {u"Fatima", u"Khadija", u"Nadia",  u"Samira",
                                         u"Naima",  u"Souad",   u"Malika", u"Yasmina"};
constexpr QStringView moroccanMen[] = {u"Mohamed", u"Ahmed",  u"Youssef", u"Said",
                                       u"Rachid",  u"Hassan", u"Karim",   u"Mustapha"};
constexpr DemoFamilyName moroccanFamilies[] = {
    {u"", u"El Amrani"}, {u"", u"Bakkali"},    {u"", u"Ouali"},  {u"", u"Bouzid"},
    {u"", u"Ait Taleb"}, {u"", u"El Idrissi"}, {u"", u"Benali"}, {u"", u"Azzouzi"},
    {u"", u"El Khatib"}, {u"", u"Tahiri"},
};

constexpr QStringView caribbeanWomen[] = {u"Sunita", u"Shanti", u"Marcia",
                                          u"Gracia", u"Rosita", u"Priya"};
constexpr QStringView caribbeanMen[] = {u"Ravi", u"Winston", u"Marlon",
                                        u"Rudi", u"Eugène",  u"Ashwin"};
constexpr DemoFamilyName caribbeanFamilies[] = {
    {u"", u"Ramdin"},   {u"", u"Ramsaran"}, {u"", u"Jagesar"}, {u"", u"Sewdien"},
    {u"", u"Doelwijt"}, {u"", u"Martina"},  {u"", u"Isenia"},  {u"", u"Kromodimedjo"},
};

constexpr QStringView europeanWomen[] = {u"Agnieszka", u"Katarzyna", u"Małgorzata", u"Dóra",
                                         u"Zsófia",    u"Ilona",     u"Jutta",      u"Renée"};
constexpr QStringView europeanMen[] = {u"Piotr",  u"Tomasz", u"Krzysztof", u"Bence",
                                       u"László", u"Jürgen", u"Matthias",  u"Jiří"};
constexpr DemoFamilyName europeanFamilies[] = {
    {u"", u"Nowak"},  {u"", u"Wójcik"},  {u"", u"Mazur"},    {u"", u"Kaczmarek"},
    {u"", u"Nagy"},   {u"", u"Szabó"},   {u"", u"Tóth"},     {u"", u"Kovács"},
    {u"", u"Müller"}, {u"", u"Schäfer"}, {u"", u"Schröder"}, {u"", u"Dvořák"},
};

constexpr QStringView eastAfricanAndSyrianWomen[] = {u"Rania",  u"Hiba", u"Amal",
                                                     u"Semhar", u"Saba", u"Hodan"};
constexpr QStringView eastAfricanAndSyrianMen[] = {u"Ahmad", u"Omar",   u"Abdullah",
                                                   u"Yonas", u"Tesfay", u"Abdi"};
constexpr DemoFamilyName eastAfricanAndSyrianFamilies[] = {
    {u"", u"Alhassan"},    {u"", u"Haddad"},       {u"", u"Khalil"}, {u"", u"Al-Masri"},
    {u"", u"Tesfamariam"}, {u"", u"Ghebremedhin"}, {u"", u"Haile"},  {u"", u"Warsame"},
};

constexpr DemoNamePool pools[] = {
    {dutchOlderWomen, dutchOlderMen, dutchYoungerWomen, dutchYoungerMen, dutchFamilies, 86, 62},
    {turkishWomen, turkishMen, turkishWomen, turkishMen, turkishFamilies, 4, 8},
    {moroccanWomen, moroccanMen, moroccanWomen, moroccanMen, moroccanFamilies, 4, 9},
    {caribbeanWomen, caribbeanMen, caribbeanWomen, caribbeanMen, caribbeanFamilies, 3, 4},
    {europeanWomen, europeanMen, europeanWomen, europeanMen, europeanFamilies, 2, 7},
    {eastAfricanAndSyrianWomen, eastAfricanAndSyrianMen, eastAfricanAndSyrianWomen,
     eastAfricanAndSyrianMen, eastAfricanAndSyrianFamilies, 1, 10},
};

} // namespace

std::span<const DemoNamePool> demoNamePools()
{
    return pools;
}

} // namespace wzsw
