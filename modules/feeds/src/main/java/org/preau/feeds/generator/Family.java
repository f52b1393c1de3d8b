package org.preau.feeds.generator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.preau.core.directory.model.LegalLevel;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;

/**
 * A household of one school: the pupils who are siblings and the adults responsible for them, who share one address.
 */
final class Family {

	String addressId() {
		return _addressId;
	}

	String addressLine() {
		return _addressLine;
	}

	String city() {
		return _city;
	}

	List<Guardian> guardians() {
		return _guardians;
	}

	String postalCode() {
		return _postalCode;
	}

	List<GeneratedPupil> pupils() {
		return _pupils;
	}

	static final class GeneratedPupil {

		LocalDate birthDate() {
			return _birthDate;
		}

		String firstName() {
			return _firstName;
		}

		List<GeneratedGroup> groups() {
			return _groups;
		}

		String id() {
			return _id;
		}

		String ine() {
			return _ine;
		}

		boolean isFemale() {
			return _female;
		}

		String lastName() {
			return _lastName;
		}

		/**
		 * The subjects the pupil chose (language, options), as SIECLE lists them.
		 */
		List<GeneratedSubject> options() {
			return _options;
		}

		GeneratedClass schoolClass() {
			return _schoolClass;
		}

		GeneratedPupil(
			String id, String ine, String lastName, String firstName,
			boolean female, LocalDate birthDate, GeneratedClass schoolClass,
			List<GeneratedGroup> groups, List<GeneratedSubject> options) {

			_id = id;
			_ine = ine;
			_lastName = lastName;
			_firstName = firstName;
			_female = female;
			_birthDate = birthDate;
			_schoolClass = schoolClass;
			_groups = Collections.unmodifiableList(groups);
			_options = Collections.unmodifiableList(options);
		}

		private final LocalDate _birthDate;
		private final boolean _female;
		private final String _firstName;
		private final List<GeneratedGroup> _groups;
		private final String _id;
		private final String _ine;
		private final String _lastName;
		private final List<GeneratedSubject> _options;
		private final GeneratedClass _schoolClass;

	}

	static final class Guardian {

		String civility() {
			return _female ? "MME" : "M.";
		}

		/**
		 * The e-mail address, or null for the parents who gave none.
		 */
		String email() {
			return _email;
		}

		String firstName() {
			return _firstName;
		}

		String id() {
			return _id;
		}

		/**
		 * The SIECLE kinship code: 10 mother, 20 father, 50 guardian, 90 another link.
		 */
		String kinshipCode() {
			return _kinshipCode;
		}

		String lastName() {
			return _lastName;
		}

		LegalLevel legalLevel() {
			return _legalLevel;
		}

		/**
		 * The mobile phone number, or null.
		 */
		String mobile() {
			return _mobile;
		}

		Guardian(
			String id, boolean female, String lastName, String firstName,
			String email, String mobile, LegalLevel legalLevel,
			String kinshipCode) {

			_id = id;
			_female = female;
			_lastName = lastName;
			_firstName = firstName;
			_email = email;
			_mobile = mobile;
			_legalLevel = legalLevel;
			_kinshipCode = kinshipCode;
		}

		private final String _email;
		private final boolean _female;
		private final String _firstName;
		private final String _id;
		private final String _kinshipCode;
		private final String _lastName;
		private final LegalLevel _legalLevel;
		private final String _mobile;

	}

	Family(
		String addressId, String addressLine, String postalCode, String city,
		List<Guardian> guardians, List<GeneratedPupil> pupils) {

		_addressId = addressId;
		_addressLine = addressLine;
		_postalCode = postalCode;
		_city = city;
		_guardians = Collections.unmodifiableList(guardians);
		_pupils = Collections.unmodifiableList(pupils);
	}

	private final String _addressId;
	private final String _addressLine;
	private final String _city;
	private final List<Guardian> _guardians;
	private final String _postalCode;
	private final List<GeneratedPupil> _pupils;

}
