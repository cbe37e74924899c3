"""Hand-written place lists of tools/gen_places.py beyond its first sections: facts
written for guillemet from general knowledge (licence: same as guillemet). Each
passes tools/gazetteer.py's ambiguity filter before it is written."""

# The prefecture of each French department (2024), the chefs-lieux of the regions,
# former regions included, and of the overseas collectivities; left out, as common
# words a sentence may open with: Moulins, Gap, Tulle, Vannes, Saint-Pierre, Marigot.
PREFECTURES = """
Bourg-en-Bresse Laon Digne-les-Bains Nice Privas Charleville-Mézières Foix
Troyes Carcassonne Rodez Marseille Caen Aurillac Angoulême La_Rochelle Bourges
Ajaccio Bastia Dijon Saint-Brieuc Guéret Périgueux Besançon Valence Évreux Chartres
Quimper Nîmes Toulouse Auch Bordeaux Montpellier Rennes Châteauroux Tours Grenoble
Lons-le-Saunier Mont-de-Marsan Blois Saint-Étienne Le_Puy-en-Velay Nantes Orléans Cahors
Agen Mende Angers Saint-Lô Châlons-en-Champagne Chaumont Laval Nancy Bar-le-Duc
Metz Nevers Lille Beauvais Alençon Arras Clermont-Ferrand Pau Tarbes Perpignan
Strasbourg Colmar Lyon Vesoul Mâcon Le_Mans Chambéry Annecy Paris Rouen Melun
Versailles Niort Amiens Albi Montauban Toulon Avignon La_Roche-sur-Yon Poitiers Limoges
Épinal Auxerre Belfort Évry Évry-Courcouronnes Nanterre Bobigny Créteil Cergy Pontoise
Basse-Terre Fort-de-France Cayenne Saint-Denis Mamoudzou Nouméa Papeete Mata-Utu
Gustavia Pointe-à-Pitre Saint-Laurent-du-Maroni Dunkerque
""".split()
PREFECTURES = [p.replace("_", " ") for p in PREFECTURES]

# French names of foreign cities and regions that French news writes its own way
# (or as the country writes them), beyond the first sections' capitals and cities,
# and cities whose name a dictionary also lists as a rare noun ("valenciennes").
EXONYMS = """
Alexandrie|Alep|Anvers|Barcelone|Bombay|Calcutta|Madras|Bangalore|Bénarès|Cologne
Cracovie|Gdańsk|Dantzig|Édimbourg|Gand|Genève|Lausanne|Hambourg|Lisbonne|Londres
Moscou|Munich|Naples|La Nouvelle-Orléans|Nouvelle-Orléans|Philadelphie
Saint-Pétersbourg|Séville|Turin|Venise|Varsovie|Le Cap|Johannesbourg|Francfort
Mayence|Aix-la-Chapelle|Trèves|Wrocław|Cantorbéry|Douvres|Saragosse|Majorque|Palerme
Bologne|Vérone|Padoue|Sienne|Pise|Trieste|Mossoul|Bassora|Louxor|Assouan|Tanger|Fès
Tombouctou|Gao|Mopti|Kidal|Agadez|Tamanrasset|Mogadiscio|Khartoum|Lattaquié|Damas
Saïda|Tyr|Hébron|Naplouse|Ramallah|Djénine|Rafah|Khan Younès|Djeddah|La Mecque|Médine
Ryad|Dubaï|Abou Dhabi|Mascate|Sanaa|Ispahan|Chiraz|Tabriz|Mechhed|Kandahar|Hérat
Mazar-e Charif|Peshawar|Lahore|Karachi|Quetta|Canton|Nankin|Tianjin|Wuhan|Hangzhou
Shenzhen|Chongqing|Chengdu|Harbin|Lhassa|Ürümqi|Macao|Séoul|Pusan|Pyongyang|Osaka
Kyoto|Hiroshima|Nagasaki|Fukushima|Yokohama|Kobe|Nagoya|Sapporo|Manille|Rangoun
Mandalay|Kharkiv|Kharkov|Odessa|Lviv|Lvov|Marioupol|Donetsk|Louhansk|Zaporijia
Dnipro|Kherson|Bakhmout|Boutcha|Irpin|Mykolaïv|Soumy|Tchernihiv|Kramatorsk|Avdiïvka
Sébastopol|Simferopol|Volgograd|Stalingrad|Ekaterinbourg|Novossibirsk|Vladivostok
Kaliningrad|Grozny|Sotchi|Mourmansk|Belgorod|Koursk|Rostov-sur-le-Don|Kazan
Thessalonique|Smyrne|Izmir|Antalya|Diyarbakir|Gaziantep|Alger|Oran|Constantine
Annaba|Tizi Ouzou|Sfax|Sousse|Kairouan|Benghazi|Misrata|Syrte|Derna|Tobrouk
Marrakech|Casablanca|Rabat|Agadir|Tétouan|Oujda|Laâyoune|Nouadhibou|Saint-Louis
Ziguinchor|Touba|Bouaké|Korhogo|Goma|Bukavu|Lubumbashi|Kisangani|Pointe-Noire
Douala|Garoua|Maroua|Port-Gentil|Franceville|Bobo-Dioulasso|Zinder|Maradi|Tahoua
Niamey|Kano|Lagos|Ibadan|Port Harcourt|Maiduguri|Durban|Pretoria|Soweto|Mombasa
Zanzibar|Dar es Salaam|Tamatave|Toamasina|Majunga|Antsirabe|Port-Louis|Saint-Paul
Montréal|Québec|Toronto|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Gatineau
Sherbrooke|Trois-Rivières|Saguenay|Moncton|Los Angeles|San Francisco|San Diego|Seattle
Détroit|Chicago|Boston|Miami|Atlanta|Phoenix|Las Vegas|Denver|Minneapolis|Pittsburgh
Cleveland|Baltimore|Philadelphie|La Nouvelle-Orléans|Nashville|Memphis|Orlando|Tampa
Floride|Californie|Caroline du Nord|Caroline du Sud|Dakota du Nord|Dakota du Sud
Virginie-Occidentale|Nouveau-Mexique|Nouvelle-Angleterre|Pennsylvanie|Louisiane
Géorgie|Nouvelle-Écosse|Nouveau-Brunswick|Colombie-Britannique|Terre-Neuve
Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Acapulco|Cancún|Oaxaca|Veracruz|Puebla
Medellín|Cali|Carthagène|Barranquilla|Guayaquil|Cuzco|Valparaíso|Rosario|Córdoba
Porto Alegre|Recife|Salvador de Bahia|Manaus|Belém|Fortaleza|Curitiba|Belo Horizonte
Rio de Janeiro|São Paulo|Mendoza|Ushuaïa|Terre de Feu|Patagonie|Amazonie|Melbourne
Sydney|Perth|Brisbane|Auckland|Wellington|Christchurch|Nouvelle-Galles du Sud
Göteborg|Malmö|Bergen|Aarhus|Tampere|Turku|Rotterdam|Utrecht|La Haye|Eindhoven
Liège|Charleroi|Namur|Mons|Louvain|Bruges|Ostende|Zurich|Berne|Lugano|Bâle|Davos
Lampedusa|Idlib|Raqqa|Tigré|Kobané|Deir ez-Zor|Alep-Est|Ghouta|Hama|Homs|Palmyre
Kirkouk|Erbil|Falloujah|Tikrit|Ramadi|Nadjaf|Kerbala|Bassorah|Chiraz|Qom|Bandar Abbas
Gaziantep|Haïfa|Tel Aviv|Jaffa|Eilat|Ashdod|Ashkelon|Sdérot|Beersheba|Nazareth
Bethléem|Jéricho|Tripoli|Tyr|Baalbek|Benghazi|Zaatari|Calais|Lourdes|Sangatte
Valenciennes|Douai|Cambrai|Castres|Meaux|Münster|Málaga|Suez|Madère|Anglet
""".replace("\n", "|").split("|")
