#include "demo/demoplaces.h"

namespace wzsw {

namespace {

// Districts are real names of neighbourhoods or villages; postcode ranges are those of the
// place the addresses carry. CBS codes of the municipalities checked against the CBS list.

constexpr DemoDistrict tilburg[] = {
    {u"Centrum", u"Tilburg", 5038, 5038},
    {u"Oud-Noord", u"Tilburg", 5041, 5042},
    {u"Oud-Zuid", u"Tilburg", 5025, 5025},
    {u"West", u"Tilburg", 5021, 5022},
    {u"Noord", u"Tilburg", 5045, 5048},
    {u"Oost", u"Tilburg", 5014, 5015},
    {u"Zuid", u"Tilburg", 5035, 5037},
    {u"Reeshof", u"Tilburg", 5043, 5044},
    {u"Berkel-Enschot", u"Berkel-Enschot", 5056, 5057},
    {u"Udenhout", u"Udenhout", 5071, 5071},
    {u"Biezenmortel", u"Biezenmortel", 5074, 5074},
};
constexpr QStringView tilburgStreets[] = {
    u"Heuvelring",       u"Korvelseweg",   u"Ringbaan-West",     u"Ringbaan-Oost",
    u"Bredaseweg",       u"Goirkestraat",  u"Hoogvensestraat",   u"Besterdring",
    u"Spoorlaan",        u"Lovensestraat", u"Hasseltstraat",     u"Broekhovenseweg",
    u"Jan Heijnsstraat", u"Piushaven",     u"Sint Josephstraat", u"Prof. Cobbenhagenlaan",
};

constexpr DemoDistrict goirle[] = {
    {u"Centrum", u"Goirle", 5051, 5051},
    {u"Boschkens", u"Goirle", 5052, 5052},
    {u"Abcoven", u"Goirle", 5051, 5051},
    {u"Riel", u"Riel", 5133, 5133},
};
constexpr QStringView goirleStreets[] = {u"Tilburgseweg", u"Bergstraat", u"Abcovenseweg",
                                         u"Rillaersebaan"};

constexpr DemoDistrict oisterwijk[] = {
    {u"Oisterwijk", u"Oisterwijk", 5061, 5062},
    {u"Moergestel", u"Moergestel", 5066, 5066},
    {u"Haaren", u"Haaren", 5076, 5076},
};
constexpr QStringView oisterwijkStreets[] = {u"Moergestelseweg", u"Haarenseweg", u"Lindeboomseweg",
                                             u"Almijstraat"};

constexpr DemoDistrict hilvarenbeek[] = {
    {u"Hilvarenbeek", u"Hilvarenbeek", 5081, 5082},
    {u"Diessen", u"Diessen", 5087, 5087},
    {u"Esbeek", u"Esbeek", 5085, 5085},
    {u"Biest-Houtakker", u"Biest-Houtakker", 5084, 5084},
};
constexpr QStringView hilvarenbeekStreets[] = {u"Vrijthof", u"Gelderstraat", u"Diessenseweg"};

constexpr DemoDistrict dongen[] = {
    {u"Centrum", u"Dongen", 5101, 5102},
    {u"Noord", u"Dongen", 5103, 5104},
    {u"Zuid", u"Dongen", 5105, 5106},
    {u"'s Gravenmoer", u"'s Gravenmoer", 5109, 5109},
};
constexpr QStringView dongenStreets[] = {u"Hoge Ham", u"Kerkstraat", u"Tramstraat", u"Vaartweg"};

constexpr DemoDistrict gilzeEnRijen[] = {
    {u"Rijen", u"Rijen", 5121, 5122},
    {u"Gilze", u"Gilze", 5126, 5126},
    {u"Molenschot", u"Molenschot", 5124, 5124},
};
constexpr QStringView gilzeEnRijenStreets[] = {u"Hoofdstraat", u"Stationsstraat", u"Alphenseweg"};

constexpr DemoDistrict loonOpZand[] = {
    {u"Kaatsheuvel", u"Kaatsheuvel", 5171, 5172},
    {u"Loon op Zand", u"Loon op Zand", 5175, 5175},
    {u"De Moer", u"De Moer", 5176, 5176},
};
constexpr QStringView loonOpZandStreets[] = {u"Hoofdstraat", u"Horst", u"Kerkstraat"};

constexpr DemoDistrict waalwijk[] = {
    {u"Centrum", u"Waalwijk", 5141, 5141},  {u"Baardwijk", u"Waalwijk", 5142, 5143},
    {u"Besoijen", u"Waalwijk", 5144, 5146}, {u"Sprang-Capelle", u"Sprang-Capelle", 5161, 5162},
    {u"Waspik", u"Waspik", 5165, 5165},
};
constexpr QStringView waalwijkStreets[] = {u"Grotestraat", u"Taxandriaweg", u"Besoijensestraat",
                                           u"Akkerlaan"};

constexpr DemoDistrict heusden[] = {
    {u"Drunen", u"Drunen", 5151, 5152},         {u"Vlijmen", u"Vlijmen", 5251, 5252},
    {u"Nieuwkuijk", u"Nieuwkuijk", 5253, 5253}, {u"Heusden", u"Heusden", 5256, 5256},
    {u"Oudheusden", u"Oudheusden", 5156, 5156}, {u"Elshout", u"Elshout", 5154, 5154},
    {u"Haarsteeg", u"Haarsteeg", 5254, 5254},
};
constexpr QStringView heusdenStreets[] = {u"Grotestraat", u"Wolput", u"Mr. van Coothstraat",
                                          u"Akkerstraat"};

constexpr DemoDistrict oosterhout[] = {
    {u"Centrum", u"Oosterhout", 4901, 4901},     {u"Arkendonk", u"Oosterhout", 4902, 4902},
    {u"Vrachelen", u"Oosterhout", 4904, 4904},   {u"Dommelbergen", u"Oosterhout", 4904, 4905},
    {u"Oosterheide", u"Oosterhout", 4907, 4907}, {u"Dorst", u"Dorst", 4849, 4849},
    {u"Oosteind", u"Oosteind", 4909, 4909},      {u"Den Hout", u"Den Hout", 4911, 4911},
};
constexpr QStringView oosterhoutStreets[] = {u"Heuvel", u"Arendstraat", u"Ridderstraat",
                                             u"Leijsenhoek"};

constexpr DemoMunicipality municipalities[] = {
    {u"GM0855", u"Tilburg", 227, u"013", true, tilburg, tilburgStreets},
    {u"GM0785", u"Goirle", 24, u"013", true, goirle, goirleStreets},
    {u"GM0824", u"Oisterwijk", 33, u"013", true, oisterwijk, oisterwijkStreets},
    {u"GM0798", u"Hilvarenbeek", 16, u"013", false, hilvarenbeek, hilvarenbeekStreets},
    {u"GM0766", u"Dongen", 26, u"0162", true, dongen, dongenStreets},
    {u"GM0784", u"Gilze en Rijen", 27, u"0161", false, gilzeEnRijen, gilzeEnRijenStreets},
    {u"GM0809", u"Loon op Zand", 23, u"0416", false, loonOpZand, loonOpZandStreets},
    {u"GM0867", u"Waalwijk", 49, u"0416", true, waalwijk, waalwijkStreets},
    {u"GM0797", u"Heusden", 46, u"0416", true, heusden, heusdenStreets},
    {u"GM0826", u"Oosterhout", 57, u"0162", true, oosterhout, oosterhoutStreets},
};

constexpr QStringView commonStreets[] = {
    u"Kerkstraat",
    u"Molenstraat",
    u"Nieuwstraat",
    u"Stationsstraat",
    u"Dorpsstraat",
    u"Schoolstraat",
    u"Julianastraat",
    u"Wilhelminastraat",
    u"Beatrixlaan",
    u"Irenestraat",
    u"Prins Bernhardlaan",
    u"Parklaan",
    u"Lindenlaan",
    u"Eikenlaan",
    u"Berkenlaan",
    u"Beukenlaan",
    u"Kastanjelaan",
    u"Esdoornstraat",
    u"Populierenlaan",
    u"Meidoornstraat",
    u"Vlierstraat",
    u"Rozenstraat",
    u"Tulpstraat",
    u"Leliestraat",
    u"Anjerstraat",
    u"Narcisstraat",
    u"Merelstraat",
    u"Lijsterstraat",
    u"Vinkenstraat",
    u"Spechtstraat",
    u"Mezenlaan",
    u"Zwaluwstraat",
    u"Kievitlaan",
    u"Reigerstraat",
    u"Rembrandtlaan",
    u"Vincent van Goghstraat",
    u"Vermeerstraat",
    u"Frans Halsstraat",
    u"Jan Steenstraat",
    u"Piet Heinstraat",
    u"Sint Annastraat",
    u"Mgr. Zwijsenstraat",
    u"Pastoor van Arsstraat",
    u"Hoefstraat",
    u"Akkerstraat",
    u"Heistraat",
    u"Veldstraat",
    u"Burgemeester van Roesselstraat",
};

} // namespace

std::span<const DemoMunicipality> demoMunicipalities()
{
    return municipalities;
}

std::span<const QStringView> demoCommonStreets()
{
    return commonStreets;
}

} // namespace wzsw
