package org.preau.feeds.generator;

import org.preau.core.directory.model.StaffFunction;

/**
 * The labels that STSweb and the AAF give to staff functions.
 */
final class StaffLabels {

	static String label(StaffFunction function) {
		switch (function) {
			case ADF:
				return "PERSONNELS ADMINISTRATIFS";
			case AED:
				return "ASSISTANT D'EDUCATION";
			case DIR:
				return "DIRECTION";
			case DOC:
				return "DOCUMENTATION";
			case EDU:
				return "EDUCATION";
			case ENS:
				return "ENSEIGNEMENT";
			case MDS:
				return "PERSONNELS MEDICO-SOCIAUX";
			case ORI:
				return "ORIENTATION";
			case SOC:
				return "SERVICE SOCIAL";
			default:
				return function.name();
		}
	}

	private StaffLabels() {
	}

}
