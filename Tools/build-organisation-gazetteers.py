#!/usr/bin/env python3
"""Builds the organisation gazetteers into Tools/Gazetteers/organisations.txt and teams.txt.

Sources (installed with `pip install pytickersymbols nba_api football-team-names-zh`):
  pytickersymbols (MIT): the companies of 20 stock indices (S&P 500, DAX, FTSE 100, …).
  nba_api (MIT): the NBA and WNBA teams, by full name and by nickname.
  football-team-names-zh (MIT): the English names of 58 European football clubs and their leagues.
The other leagues' teams, the publications, broadcasters, agencies and well-known companies and
brands are lists written for quoth below (names only).

organisations.txt: names of organisations as news writes them ("Goldman Sachs", "Associated
Press", "Boston Celtics"); a single word only when it is no place, given name or common word.
teams.txt: the words a team is called by on its own ("Celtics", "Wild", "Maple Leafs").
Run from the project root, then retrain the model (quoth-train-ner train):
  python3 Tools/build-organisation-gazetteers.py
"""
import os
import re
import sys

import football_team_names_zh
import pytickersymbols.indices_data
from nba_api.stats.library import data as nba

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Gazetteers")

# Teams of the other North American leagues: (city or region, nickname).
TEAMS = """
Arizona|Cardinals, Atlanta|Falcons, Baltimore|Ravens, Buffalo|Bills, Carolina|Panthers,
Chicago|Bears, Cincinnati|Bengals, Cleveland|Browns, Dallas|Cowboys, Denver|Broncos, Detroit|Lions,
Green Bay|Packers, Houston|Texans, Indianapolis|Colts, Jacksonville|Jaguars, Kansas City|Chiefs,
Las Vegas|Raiders, Los Angeles|Chargers, Los Angeles|Rams, Miami|Dolphins, Minnesota|Vikings,
New England|Patriots, New Orleans|Saints, New York|Giants, New York|Jets, Philadelphia|Eagles,
Pittsburgh|Steelers, San Francisco|49ers, Seattle|Seahawks, Tampa Bay|Buccaneers, Tennessee|Titans,
Washington|Commanders, Arizona|Diamondbacks, Atlanta|Braves, Baltimore|Orioles, Boston|Red Sox,
Chicago|Cubs, Chicago|White Sox, Cincinnati|Reds, Cleveland|Guardians, Colorado|Rockies,
Detroit|Tigers, Houston|Astros, Kansas City|Royals, Los Angeles|Angels, Los Angeles|Dodgers,
Miami|Marlins, Milwaukee|Brewers, Minnesota|Twins, New York|Mets, New York|Yankees,
Oakland|Athletics, Philadelphia|Phillies, Pittsburgh|Pirates, San Diego|Padres,
San Francisco|Giants, Seattle|Mariners, St. Louis|Cardinals, Tampa Bay|Rays, Texas|Rangers,
Toronto|Blue Jays, Washington|Nationals, Anaheim|Ducks, Boston|Bruins, Buffalo|Sabres,
Calgary|Flames, Carolina|Hurricanes, Chicago|Blackhawks, Colorado|Avalanche, Columbus|Blue Jackets,
Dallas|Stars, Detroit|Red Wings, Edmonton|Oilers, Florida|Panthers, Los Angeles|Kings,
Minnesota|Wild, Montreal|Canadiens, Nashville|Predators, New Jersey|Devils, New York|Islanders,
New York|Rangers, Ottawa|Senators, Philadelphia|Flyers, Pittsburgh|Penguins, San Jose|Sharks,
Seattle|Kraken, St. Louis|Blues, Tampa Bay|Lightning, Toronto|Maple Leafs, Utah|Mammoth,
Vancouver|Canucks, Vegas|Golden Knights, Washington|Capitals, Winnipeg|Jets, Atlanta|United,
Austin|FC, Charlotte|FC, Chicago|Fire, Colorado|Rapids, Columbus|Crew, Houston|Dynamo, 
Los Angeles|FC, Minnesota|United, Nashville|SC, New England|Revolution, New York|Red Bulls,
Orlando|City, Philadelphia|Union, Portland|Timbers, San Diego|FC, Seattle|Sounders,
 Toronto|FC, Vancouver|Whitecaps
"""

LEAGUES = """Inter Miami|Real Salt Lake|Sporting Kansas City|National Football League|NFL|National Basketball Association|NBA|WNBA|Major League Baseball
MLB|National Hockey League|NHL|Major League Soccer|MLS|NCAA|Premier League|Football League
English Football League|Championship|La Liga|Serie A|Bundesliga|Ligue 1|Eredivisie|Champions League
Europa League|Conference League|FIFA|UEFA|FA|Football Association|International Olympic Committee
IOC|World Anti-Doping Agency|WADA|ATP|WTA|PGA Tour|LPGA|NASCAR|Formula One|F1|UFC|WWE|ESPN"""

PUBLICATIONS = """Associated Press|AP|Reuters|Agence France-Presse|AFP|Bloomberg|Bloomberg News
New York Times|Washington Post|Wall Street Journal|Los Angeles Times|Chicago Tribune|Boston Globe
USA Today|New York Post|Daily News|Financial Times|The Economist|Guardian|The Guardian|The Times
Sunday Times|The Telegraph|Daily Telegraph|Daily Mail|The Independent|The Observer|The Sun|Mirror
The Atlantic|The New Yorker|New Yorker|Time|Newsweek|Politico|Axios|The Hill|Vox|BuzzFeed
BuzzFeed News|HuffPost|Huffington Post|Breitbart|Breitbart News|Daily Beast|Slate|Salon|Vice
Mother Jones|National Review|The Nation|Rolling Stone|Variety|Billboard|Forbes|Fortune|Wired
The Verge|TechCrunch|Fox News|Fox|CNN|MSNBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|PBS|NPR
BBC|BBC News|Sky News|Al Jazeera|CNBC|C-SPAN|Univision|Telemundo|Der Spiegel|Le Monde|El País
Xinhua|Tass|TASS|RIA Novosti|Interfax|RT|Sputnik|Kyodo|Yonhap|ProPublica|PolitiFact|FactCheck.org|Snopes|McClatchy|Gannett
Sinclair|Twitter|Facebook|Instagram|YouTube|TikTok|Reddit|Google|Microsoft|Amazon|Netflix|Spotify"""

AGENCIES = """FBI|CIA|NSA|DHS|Department of Homeland Security|Department of Justice|Justice Department
State Department|Department of State|Pentagon|Defense Department|Department of Defense
Treasury Department|Department of Agriculture|Department of Energy|Department of Education
Department of Labor|Department of Commerce|Department of Transportation|Department of the Interior
Department of Veterans Affairs|Department of Health and Human Services|Environmental Protection Agency
EPA|Food and Drug Administration|FDA|Centers for Disease Control and Prevention|CDC
National Institutes of Health|NIH|National Institute on Drug Abuse|National Institute of Mental Health
Drug Enforcement Administration|DEA|Federal Reserve|Fed|Securities and Exchange Commission|SEC
Federal Trade Commission|FTC|Federal Communications Commission|FCC|Internal Revenue Service|IRS
Social Security Administration|NASA|NOAA|National Weather Service|Secret Service|ICE|Border Patrol
Customs and Border Protection|FEMA|Census Bureau|Bureau of Labor Statistics|Supreme Court
Congress|Senate|House of Representatives|Federal Election Commission|FEC|Government Accountability Office
GAO|Congressional Budget Office|CBO|National Security Council|National Guard|Coast Guard|Marine Corps
United Nations|UN|U.N.|UNICEF|UNESCO|UNHCR|World Health Organization|WHO|World Bank
International Monetary Fund|IMF|World Trade Organization|WTO|NATO|European Union|EU|European Commission
European Parliament|European Central Bank|ECB|OPEC|Red Cross|International Red Cross|Amnesty International
Human Rights Watch|Doctors Without Borders|Greenpeace|Interpol|Europol|African Union|Arab League
Bank of England|Bank of Japan|Home Office|Foreign Office|Met Office|Scotland Yard|Metropolitan Police
National Health Service|NHS|Ofcom|Ofsted|Labour|Labour Party|Conservative Party|Liberal Democrats
Democratic National Committee|DNC|Republican National Committee|RNC|GOP|Democratic Party|Republican Party
American Civil Liberties Union|ACLU|National Rifle Association|NRA|Planned Parenthood|Heritage Foundation
Hamas|Hezbollah|Taliban|ISIS|ISIL|Islamic State|al-Qaeda|al Qaeda|Al Qaeda|NYPD|LAPD
Brookings Institution|Cato Institute|Pew Research Center|Gallup|Quinnipiac|Harvard|Yale|Stanford|MIT
Princeton|Oxford|Cambridge|Harvard University|Yale University|Stanford University|Columbia University
Oxford University|Cambridge University|Georgetown|Georgetown University|Johns Hopkins|Mayo Clinic"""

# Companies and brands as people write them in reviews, e-mail and forums (shops, restaurant
# chains, web companies, airlines, hotels, carmakers, banks): names no other reading
# shadows ("Target", "Subway", "Delta", "Shell" are left out).
BRANDS = """Walmart|Wal-Mart|Costco|Safeway|Walgreens|CVS|Lowe's|Ikea|IKEA|Tesco|Sainsbury's|Asda|Aldi|Lidl
Carrefour|Macy's|Nordstrom|Kmart|Sears|Trader Joe's|Whole Foods|7-Eleven|eBay|PayPal|Craigslist|Yahoo
Yahoo!|Wikipedia|Mozilla|Skype|AOL|LinkedIn|Pinterest|Snapchat|Tumblr|MySpace|Yelp|Uber|Lyft|Airbnb
Dropbox|Tesla|SpaceX|OpenAI|Nvidia|Intel|AMD|Lenovo|Samsung|Sony|Nokia|Motorola|Huawei|Xiaomi
Nintendo|Cisco|Qualcomm|Salesforce|Netscape|Compaq|Xerox|Kodak|Nikon|Panasonic|Toshiba|Siemens|Bosch
McDonald's|McDonalds|Burger King|Taco Bell|Wendy's|KFC|Pizza Hut|Domino's|Papa John's|Starbucks
Dunkin' Donuts|Dunkin Donuts|Chipotle|Applebee's|Denny's|IHOP|Olive Garden|Red Lobster|Chick-fil-A
Panera|Panera Bread|Arby's|Dairy Queen|Cracker Barrel|Outback Steakhouse|Krispy Kreme|Tim Hortons
Five Guys|Popeyes|Little Caesars|Hooters|Coca-Cola|Pepsi|Nestlé|Nestle|Unilever|Procter & Gamble
Kellogg's|Heinz|Kraft|Nike|Adidas|Reebok|Levi's|Gucci|Prada|Chanel|Louis Vuitton|Zara|H&M|Rolex
L'Oréal|Toyota|Honda|Nissan|Hyundai|Volkswagen|BMW|Mercedes-Benz|Audi|Porsche|Ferrari|Chevrolet
Chrysler|Subaru|Mazda|Volvo|Fiat|Renault|Peugeot|General Motors|Ford Motor|American Airlines
United Airlines|Delta Air Lines|British Airways|Air France|KLM|Qantas|Ryanair|easyJet|Air Canada
AirAsia|Singapore Airlines|Cathay Pacific|Virgin Atlantic|Alaska Airlines|Hyatt|Sheraton|Holiday Inn
Best Western|Ritz-Carlton|Radisson|Westin|Wyndham|Citibank|Citigroup|JPMorgan|JPMorgan Chase
Morgan Stanley|HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|Merrill Lynch|Lehman Brothers
Fannie Mae|Freddie Mac|American Express|FedEx|DHL|USPS|Royal Mail|AT&T|Verizon|Comcast|T-Mobile
Vodafone|ExxonMobil|Exxon|Chevron|Halliburton|Disney|Walt Disney|Pixar|Warner Bros.|Paramount
HBO|Hulu|Electronic Arts|DreamWorks|MGM|Pfizer|Moderna|Johnson & Johnson|Merck|AstraZeneca
Novartis|Bayer"""

# Suffixes that news leaves off a company's name: "Adobe Inc." is "Adobe".
LEGAL = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|plc|PLC|AG|SE|SA|S\.A\.|"
    r"N\.V\.|NV|Group|Holdings?|Holding|Corp)$")


def lines(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip()}


def split_list(text):
    return [e.strip() for line in text.splitlines() for e in line.split("|") if e.strip()]


def main():
    places = lines("places.txt")
    first_names = lines("first-names.txt")
    common = lines("common-words.txt")

    def usable(name):
        """A single word only when it says "organisation" by itself."""
        if " " in name:
            return True
        lower = name.lower()
        return lower not in places and lower not in first_names and lower not in common

    organisations, teams = set(), set()
    for index in pytickersymbols.indices_data.INDICES.values():
        for company in index["companies"]:
            name = company["name"].strip()
            short = name
            while LEGAL.search(short):
                short = LEGAL.sub("", short).strip()
            for form in {name, short}:
                if form and usable(form):
                    organisations.add(form)
    for row in nba.teams + nba.wnba_teams:
        nickname, city, full = row[2], row[4], row[5]
        organisations.add(full)
        teams.add(nickname)
    for pair in TEAMS.replace("\n", " ").split(","):
        city, nickname = (part.strip() for part in pair.split("|"))
        organisations.add(f"{city} {nickname}")
        if nickname.lower() not in places and nickname not in ("FC", "SC", "United", "City"):
            teams.add(nickname)
    for club in football_team_names_zh.TEAMS_DATA:
        for alias in club["aliases"] + [club["name"]]:
            if alias.isascii() and usable(alias):
                organisations.add(alias)
    for league in football_team_names_zh.LEAGUES_DATA:
        for alias in league["aliases"] + [league["name"]]:
            if alias.isascii():
                organisations.add(alias)
    organisations.update(split_list(LEAGUES))
    organisations.update(split_list(PUBLICATIONS))
    organisations.update(split_list(AGENCIES))
    organisations.update(split_list(BRANDS))
    # The gazetteer matches phrases of up to four words.
    organisations = {o for o in organisations if len(o.split()) <= 4}
    for name, entries in (("organisations.txt", organisations), ("teams.txt", teams)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(entries)) + "\n")
        print(f"{name}: {len(entries)}", file=sys.stderr)


if __name__ == "__main__":
    main()
