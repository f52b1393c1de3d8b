package org.preau.feeds.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.preau.core.directory.model.LegalLevel;
import org.preau.feeds.generator.Family.GeneratedPupil;
import org.preau.feeds.generator.Family.Guardian;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;

/**
 * Streams the families of one school, one at a time, from the school's own random stream: iterating twice gives the
 * same families, which is how each file lists the same pupils without anyone holding them. Most pupils have two legal
 * representatives, some one, a few a guardian, and a few also a person in charge (level 2); siblings share them.
 */
final class Population implements Iterator<Family> {

	Population(GeneratorOptions options, SchoolPlan schoolPlan) {
		_options = options;
		_schoolPlan = schoolPlan;
		_random = Seeds.random(
			options.seed(), schoolPlan.index(), Seeds.FAMILIES);
	}

	@Override
	public boolean hasNext() {
		return _nextPupil < _schoolPlan.pupils();
	}

	@Override
	public Family next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}

		int familyIndex = _families++;

		String familyName = NameBank.lastName(_random);

		List<Guardian> guardians = _guardians(familyIndex, familyName);

		int roll = _random.nextInt(100);

		int children = (roll < 80) ? 1 : (roll < 98) ? 2 : 3;

		List<GeneratedPupil> pupils = new ArrayList<>(children);

		for (int i = 0;
			 (i < children) && (_nextPupil < _schoolPlan.pupils()); i++) {

			pupils.add(_pupil(_nextPupil++, familyName));
		}

		String addressLine = (1 + _random.nextInt(120)) + " " +
			NameBank.street(_random);

		return new Family(
			String.format(
				Locale.ROOT, "%05d%06d", _schoolPlan.index(), familyIndex),
			addressLine, _schoolPlan.postalCode(), _schoolPlan.city(),
			guardians, pupils);
	}

	private String _email(String firstName, String lastName) {
		if (_random.nextInt(100) >= _EMAIL_SHARE) {
			return null;
		}

		String suffix = (_random.nextInt(100) < 30) ?
			String.valueOf(1 + _random.nextInt(99)) : "";

		return Emails.of(
			firstName, lastName,
			_MAIL_DOMAINS[_random.nextInt(_MAIL_DOMAINS.length)], suffix);
	}

	private Guardian _guardian(
		int familyIndex, List<Guardian> guardians, boolean female,
		String lastName, LegalLevel legalLevel, String kinshipCode) {

		String id = String.format(
			Locale.ROOT, "2%05d%06d", _schoolPlan.index(),
			(familyIndex * 4) + guardians.size());

		String firstName = female ? NameBank.femaleFirstName(_random) :
			NameBank.maleFirstName(_random);

		Guardian guardian = new Guardian(
			id, female, lastName, firstName, _email(firstName, lastName),
			_mobile(), legalLevel, kinshipCode);

		guardians.add(guardian);

		return guardian;
	}

	private List<Guardian> _guardians(int familyIndex, String familyName) {
		List<Guardian> guardians = new ArrayList<>(3);

		int roll = _random.nextInt(100);

		if (roll < 88) {
			String motherName = (_random.nextInt(100) < 60) ? familyName :
				NameBank.lastName(_random);

			_guardian(
				familyIndex, guardians, true, motherName, LegalLevel.LEGAL,
				"10");
			_guardian(
				familyIndex, guardians, false, familyName, LegalLevel.LEGAL,
				"20");
		}
		else if (roll < 95) {
			_guardian(
				familyIndex, guardians, true, familyName, LegalLevel.LEGAL,
				"10");
		}
		else if (roll < 98) {
			_guardian(
				familyIndex, guardians, false, familyName, LegalLevel.LEGAL,
				"20");
		}
		else {
			_guardian(
				familyIndex, guardians, _random.nextBoolean(),
				NameBank.lastName(_random), LegalLevel.LEGAL, "50");
		}

		if (_random.nextInt(100) < _IN_CHARGE_SHARE) {
			_guardian(
				familyIndex, guardians, _random.nextBoolean(),
				NameBank.lastName(_random), LegalLevel.IN_CHARGE, "90");
		}

		return guardians;
	}

	private String _mobile() {
		if (_random.nextInt(100) >= _MOBILE_SHARE) {
			return null;
		}

		return String.format(
			Locale.ROOT, "0%d %02d %02d %02d %02d", 6 + _random.nextInt(2),
			_random.nextInt(100), _random.nextInt(100), _random.nextInt(100),
			_random.nextInt(100));
	}

	private GeneratedPupil _pupil(int pupilIndex, String familyName) {
		GeneratedClass generatedClass = _schoolPlan.classOfPupil(pupilIndex);

		boolean female = _random.nextBoolean();

		String firstName = female ? NameBank.femaleFirstName(_random) :
			NameBank.maleFirstName(_random);

		int birthYear =
			_options.schoolYear() - 11 - generatedClass.level().rank() -
				((_random.nextInt(100) < 6) ? 1 : 0);

		LocalDate birthDate = LocalDate.of(
			birthYear, 1, 1
		).plusDays(
			_random.nextInt(365)
		);

		List<GeneratedGroup> groups = new ArrayList<>(2);
		List<GeneratedSubject> options = new ArrayList<>(2);

		Map<GeneratedSubject, GeneratedGroup> classGroups =
			_schoolPlan.groupsOfClass(generatedClass);

		GeneratedSubject language =
			(_random.nextInt(100) < SchoolPlan.ESPAGNOL_SHARE) ?
				Nomenclature.ESPAGNOL_LV2 : Nomenclature.ALLEMAND_LV2;

		boolean latin = _random.nextInt(100) < SchoolPlan.LATIN_SHARE;

		if (classGroups.containsKey(language)) {
			groups.add(classGroups.get(language));
			options.add(language);
		}

		if (latin && classGroups.containsKey(Nomenclature.LATIN)) {
			groups.add(classGroups.get(Nomenclature.LATIN));
			options.add(Nomenclature.LATIN);
		}

		String id = String.format(
			Locale.ROOT, "1%05d%05d", _schoolPlan.index(), pupilIndex);

		long number = (_schoolPlan.index() * 100_000L) + pupilIndex;

		String ine = String.format(Locale.ROOT, "%010d", number) +
			_INE_KEYS.charAt((int)(number % _INE_KEYS.length()));

		return new GeneratedPupil(
			id, ine, familyName, firstName, female, birthDate, generatedClass,
			groups, options);
	}

	private static final int _EMAIL_SHARE = 85;

	private static final int _IN_CHARGE_SHARE = 4;

	private static final String _INE_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";

	private static final String[] _MAIL_DOMAINS = {
		"orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr",
		"wanadoo.fr", "hotmail.fr", "yahoo.fr"
	};

	private static final int _MOBILE_SHARE = 80;

	private int _families;
	private int _nextPupil;
	private final GeneratorOptions _options;
	private final Random _random;
	private final SchoolPlan _schoolPlan;

}
