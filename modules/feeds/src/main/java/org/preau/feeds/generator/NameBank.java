package org.preau.feeds.generator;

import java.util.Random;

/**
 * Names as French school files carry them: accents, hyphens, apostrophes, particles and names from everywhere, so
 * that every import, search and login rule meets them early.
 */
final class NameBank {

	static String city(int department, Random random) {
		String[] cities = _CITIES[department % _CITIES.length];

		return cities[random.nextInt(cities.length)];
	}

	static String femaleFirstName(Random random) {
		return _pick(_FEMALE_FIRST_NAMES, random);
	}

	static String lastName(Random random) {
		return _pick(_LAST_NAMES, random);
	}

	static String maleFirstName(Random random) {
		return _pick(_MALE_FIRST_NAMES, random);
	}

	static String namesake(Random random) {
		return _pick(_NAMESAKES, random);
	}

	static String street(Random random) {
		return _pick(_STREETS, random);
	}

	private static String _pick(String[] names, Random random) {
		return names[random.nextInt(names.length)];
	}

	private NameBank() {
	}

	/**
	 * Cities of the départements of the académie de Toulouse, in the order of {@link SchoolPlan}'s department codes.
	 */
	private static final String[][] _CITIES = {
		{"Foix", "Pamiers", "Saint-Girons", "Lavelanet"},
		{"Rodez", "Millau", "Villefranche-de-Rouergue", "Espalion"},
		{
			"Toulouse", "Colomiers", "Tournefeuille", "Muret", "Blagnac",
			"Saint-Gaudens", "L'Union", "Balma"
		},
		{"Auch", "Condom", "L'Isle-Jourdain", "Mirande"},
		{"Cahors", "Figeac", "Gourdon", "Souillac"},
		{"Tarbes", "Lourdes", "Bagnères-de-Bigorre", "Lannemezan"},
		{"Albi", "Castres", "Gaillac", "Lavaur", "Graulhet"},
		{"Montauban", "Castelsarrasin", "Moissac", "Caussade"}
	};

	private static final String[] _FEMALE_FIRST_NAMES = {
		"Adèle", "Agathe", "Aïcha", "Alice", "Amélie", "Anaïs", "Anne-Laure",
		"Apolline", "Aurélie", "Bérénice", "Camille", "Capucine", "Cécile",
		"Céleste", "Chloé", "Clémence", "Clémentine", "Léa", "Éloïse", "Élise",
		"Emma", "Fatoumata", "Françoise", "Gaëlle", "Hélène", "Inès", "Iris",
		"Jade", "Jeanne", "Joséphine", "Julie", "Laëtitia", "Léna", "Léonie",
		"Lina", "Louise", "Lucie", "Maëlys", "Manon", "Marie-Claire",
		"Marie-Noëlle", "Maryam", "Mathilde", "Maïwenn", "Noémie", "Océane",
		"Perrine", "Salomé", "Sarah", "Séverine", "Sophie", "Thaïs", "Valérie",
		"Zoé", "Ève", "Héloïse", "Anne-Sophie", "Nadège", "Bénédicte", "Yasmine"
	};

	private static final String[] _LAST_NAMES = {
		"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
		"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy",
		"Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet",
		"Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller",
		"Lefebvre", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
		"François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
		"Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
		"Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël",
		"Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
		"Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martínez",
		"Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
		"Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud",
		"Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre",
		"Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
		"Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger",
		"Carpentier", "Sánchez", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet",
		"Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
		"Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles",
		"Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin",
		"Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
		"Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel",
		"Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy",
		"Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
		"Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob",
		"Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne",
		"Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
		"Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert",
		"Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier",
		"Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier",
		"Laporte", "N'Diaye", "D'Arcy", "D'Almeida", "N'Guessan", "Diallo",
		"Traoré", "Nguyen", "Benali", "Haddad", "Öztürk", "Kowalski",
		"Saint-Martin", "Dupont-Aignan", "Lefèvre-Utile", "de La Tour",
		"Le Bihan", "Ben Saïd", "O'Neill", "Château", "Ducœur"
	};

	private static final String[] _MALE_FIRST_NAMES = {
		"Adrien", "Alexandre", "Amaury", "André", "Antoine", "Arthur", "Aurélien",
		"Baptiste", "Benoît", "Cédric", "Clément", "Damien", "Denis", "Élie",
		"Éric", "Étienne", "Fabien", "François", "Gabriel", "Gaël", "Grégoire",
		"Hervé", "Hugo", "Ibrahima", "Jean-Baptiste", "Jean-François",
		"Jean-Luc", "Jérôme", "Joël", "Jules", "Julien", "Karim", "Léo", "Léon",
		"Loïc", "Louis", "Lucas", "Maël", "Mamadou", "Marc-Antoine", "Mathéo",
		"Maxime", "Mehdi", "Noé", "Noël", "Olivier", "Pierre-Yves", "Raphaël",
		"Rémi", "Sébastien", "Stéphane", "Théo", "Thibault", "Timothée",
		"Valentin", "Yanis", "Yoann", "Zinédine", "Anaël", "Benoît-Joseph"
	};

	private static final String[] _NAMESAKES = {
		"Jean Jaurès", "Victor Hugo", "Simone Veil", "Jules Ferry",
		"Louise Michel", "Pierre de Fermat", "Olympe de Gouges",
		"Jean Moulin", "Georges Brassens", "Claude Nougaro", "Pierre-Paul Riquet",
		"Émile Zola", "Jean de La Fontaine", "Gisèle Halimi", "Aimé Césaire",
		"Germaine Tillion", "Antoine de Saint-Exupéry", "Clément Ader",
		"Joséphine Baker", "Camille Claudel", "Toulouse-Lautrec", "Champollion",
		"Irène Joliot-Curie", "Albert Camus", "Françoise Dolto", "Rosa Parks",
		"Honoré de Balzac", "Paul Éluard", "Jacques Prévert", "Gaston Monnerville"
	};

	private static final String[] _STREETS = {
		"rue des Lilas", "avenue Jean Jaurès", "chemin de la Garonne",
		"place du Capitole", "rue de l'Église", "allée des Érables",
		"impasse des Tilleuls", "boulevard de Strasbourg", "rue Pierre-Paul Riquet",
		"route d'Albi", "rue du Canal", "avenue de Lardenne", "rue Saint-Rome",
		"chemin des Côteaux", "rue de la Fontaine", "place de la République"
	};

}
