package org.preau.feeds.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Subject;

/**
 * The levels (MEF) and subjects (matières) the generator uses, with codes shaped like the national nomenclatures
 * (eleven-digit MEF, six-digit subject codes, STS management codes). They are plausible, not an official extract.
 */
final class Nomenclature {

	static List<GeneratedLevel> allLevels() {
		List<GeneratedLevel> levels = new ArrayList<>(
			Arrays.asList(COLLEGE_LEVELS));

		levels.addAll(Arrays.asList(LYCEE_LEVELS));

		return levels;
	}

	static final class GeneratedLevel {

		GeneratedLevel(
			String mefCode, String label, String classPrefix, int rank) {

			_mefCode = mefCode;
			_label = label;
			_classPrefix = classPrefix;
			_rank = rank;
		}

		/**
		 * Years after 6e: 0 for 6e, 4 for 2nde. A pupil of 6e is eleven in the year of the rentrée.
		 */
		int rank() {
			return _rank;
		}

		String classPrefix() {
			return _classPrefix;
		}

		String label() {
			return _label;
		}

		String mefCode() {
			return _mefCode;
		}

		Level toLevel() {
			return new Level(_mefCode, _label);
		}

		private final String _classPrefix;
		private final String _label;
		private final String _mefCode;
		private final int _rank;

	}

	static final class GeneratedSubject {

		GeneratedSubject(String code, String managementCode, String label) {
			_code = code;
			_managementCode = managementCode;
			_label = label;
		}

		String code() {
			return _code;
		}

		String label() {
			return _label;
		}

		/**
		 * The short code of STSweb and SIECLE (CODE_GESTION).
		 */
		String managementCode() {
			return _managementCode;
		}

		Subject toSubject() {
			return new Subject(_code, _label);
		}

		private final String _code;
		private final String _label;
		private final String _managementCode;

	}

	private Nomenclature() {
	}

	static final GeneratedSubject ALLEMAND_LV2 = new GeneratedSubject(
		"030102", "ALL2", "ALLEMAND LV2");

	static final GeneratedSubject ANGLAIS_LV1 = new GeneratedSubject(
		"030201", "AGL1", "ANGLAIS LV1");

	static final GeneratedSubject ARTS_PLASTIQUES = new GeneratedSubject(
		"080100", "A-PLA", "ARTS PLASTIQUES");

	static final GeneratedLevel[] COLLEGE_LEVELS = {
		new GeneratedLevel("10010012110", "6EME", "6", 0),
		new GeneratedLevel("10110001110", "5EME", "5", 1),
		new GeneratedLevel("10210001110", "4EME", "4", 2),
		new GeneratedLevel("10310019110", "3EME", "3", 3)
	};

	static final GeneratedSubject EDUCATION_MUSICALE = new GeneratedSubject(
		"081100", "EDMUS", "EDUCATION MUSICALE");

	static final GeneratedSubject EPS = new GeneratedSubject(
		"100100", "EPS", "EDUCATION PHYSIQUE ET SPORTIVE");

	static final GeneratedSubject ESPAGNOL_LV2 = new GeneratedSubject(
		"030602", "ESP2", "ESPAGNOL LV2");

	static final GeneratedSubject FRANCAIS = new GeneratedSubject(
		"020700", "FRANC", "FRANCAIS");

	static final GeneratedSubject HISTOIRE_GEOGRAPHIE = new GeneratedSubject(
		"040600", "HI-GE", "HISTOIRE-GEOGRAPHIE");

	static final GeneratedSubject LATIN = new GeneratedSubject(
		"020300", "LCALA", "LCA LATIN");

	static final GeneratedLevel[] LYCEE_LEVELS = {
		new GeneratedLevel(
			"20010018110", "2NDE GENERALE ET TECHNOLOGIQUE", "2", 4),
		new GeneratedLevel("20111010110", "1ERE GENERALE", "1", 5),
		new GeneratedLevel("20211010110", "TERMINALE GENERALE", "T", 6)
	};

	static final GeneratedSubject MATHEMATIQUES = new GeneratedSubject(
		"061300", "MATHS", "MATHEMATIQUES");

	static final GeneratedSubject PHILOSOPHIE = new GeneratedSubject(
		"042500", "PHILO", "PHILOSOPHIE");

	static final GeneratedSubject PHYSIQUE_CHIMIE = new GeneratedSubject(
		"061800", "PH-CH", "PHYSIQUE-CHIMIE");

	static final GeneratedSubject SES = new GeneratedSubject(
		"041700", "SES", "SCIENCES ECONOMIQUES ET SOCIALES");

	static final GeneratedSubject SVT = new GeneratedSubject(
		"062900", "SVT", "SCIENCES DE LA VIE ET DE LA TERRE");

	static final GeneratedSubject TECHNOLOGIE = new GeneratedSubject(
		"070200", "TECHN", "TECHNOLOGIE");

	static final List<GeneratedSubject> ALL_SUBJECTS =
		Collections.unmodifiableList(
			Arrays.asList(
				FRANCAIS, LATIN, ALLEMAND_LV2, ANGLAIS_LV1, ESPAGNOL_LV2,
				HISTOIRE_GEOGRAPHIE, SES, PHILOSOPHIE, MATHEMATIQUES,
				PHYSIQUE_CHIMIE, SVT, TECHNOLOGIE, ARTS_PLASTIQUES,
				EDUCATION_MUSICALE, EPS));

	static final List<GeneratedSubject> COLLEGE_CLASS_SUBJECTS =
		Collections.unmodifiableList(
			Arrays.asList(
				FRANCAIS, MATHEMATIQUES, HISTOIRE_GEOGRAPHIE, ANGLAIS_LV1, SVT,
				PHYSIQUE_CHIMIE, TECHNOLOGIE, EPS, ARTS_PLASTIQUES,
				EDUCATION_MUSICALE));

	static final List<GeneratedSubject> LYCEE_CLASS_SUBJECTS =
		Collections.unmodifiableList(
			Arrays.asList(
				FRANCAIS, MATHEMATIQUES, HISTOIRE_GEOGRAPHIE, ANGLAIS_LV1, SVT,
				PHYSIQUE_CHIMIE, SES, EPS));

}
