package org.preau.feeds.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.preau.feeds.aaf.AafFileKind;
import org.preau.feeds.generator.Family.GeneratedPupil;
import org.preau.feeds.generator.Family.Guardian;
import org.preau.feeds.generator.Nomenclature.GeneratedLevel;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;
import org.preau.feeds.generator.SchoolPlan.Service;
import org.preau.feeds.generator.SchoolPlan.StaffMember;

/**
 * Writes a complete AAF export of the académie, kind after kind, school after school, family after family.
 */
final class AafFeedWriter {

	AafFeedWriter(GeneratorOptions options, Path folder) {
		_options = options;
		_folder = folder;
	}

	List<Path> write() throws IOException, XMLStreamException {
		List<Path> written = new ArrayList<>();

		_writeEstablishments(written);
		_writeLevels(written);
		_writeSubjects(written);
		_writePupils(written);
		_writeRelatives(written);
		_writeStaff(written);

		return written;
	}

	private String _function(String uai, StaffMember staffMember) {
		if (staffMember.isTeacher()) {
			GeneratedSubject subject = staffMember.discipline();

			return uai + "$ENS$ENSEIGNEMENT$" + subject.code() + "$" +
				subject.label();
		}

		return uai + "$" + staffMember.function().name() + "$" +
			StaffLabels.label(staffMember.function()) + "$-$-";
	}

	private void _writeEstablishments(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.ESTABLISHMENTS, "Etablissement",
				written)) {

			for (int s = 0; s < _options.schools(); s++) {
				SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

				series.startRecord(schoolPlan.uai());
				series.attribute("ENTStructureJointure", schoolPlan.uai());
				series.attribute("ENTStructureUAI", schoolPlan.uai());
				series.attribute(
					"ENTStructureNomCourant", schoolPlan.name());
				series.attribute(
					"ENTStructureTypeStruct", schoolPlan.typeCode());
				series.attribute("postalCode", schoolPlan.postalCode());
				series.attribute("l", schoolPlan.city());
				series.endRecord();
			}
		}
	}

	private void _writeLevels(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.LEVELS, "MefEducNat",
				written)) {

			for (GeneratedLevel level : Nomenclature.allLevels()) {
				series.startRecord(level.mefCode());
				series.attribute("ENTMefJointure", level.mefCode());
				series.attribute("ENTLibelleMef", level.label());
				series.endRecord();
			}
		}
	}

	private void _writePupil(
			AafFileSeries series, SchoolPlan schoolPlan, Family family,
			GeneratedPupil pupil)
		throws IOException, XMLStreamException {

		String uai = schoolPlan.uai();
		GeneratedClass generatedClass = pupil.schoolClass();

		series.startRecord(pupil.id());
		series.attribute("ENTPersonJointure", pupil.id());
		series.attribute("ENTPersonStructRattach", uai);
		series.attribute("sn", pupil.lastName());
		series.attribute("givenName", pupil.firstName());
		series.attribute("ENTPersonNomPatro", pupil.lastName());
		series.attribute("ENTPersonSexe", pupil.isFemale() ? "F" : "M");
		series.attribute(
			"ENTPersonDateNaissance", pupil.birthDate().format(_DATE_FORMAT));
		series.attribute("ENTEleveINE", pupil.ine());
		series.attribute("ENTEleveMEF", generatedClass.level().mefCode());
		series.attribute(
			"ENTEleveLibelleMEF", generatedClass.level().label());
		series.attribute("ENTEleveClasses", uai + "$" + generatedClass.code());

		List<String> groups = new ArrayList<>();

		for (GeneratedGroup group : pupil.groups()) {
			groups.add(uai + "$" + group.code());
		}

		series.attributes("ENTEleveGroupes", groups);

		List<String> relatives = new ArrayList<>();

		for (Guardian guardian : family.guardians()) {
			relatives.add(
				guardian.id() + "$" + guardian.kinshipCode() + "$1$" +
					guardian.legalLevel().code() + "$1$0");
		}

		series.attributes("ENTElevePersRelEleve", relatives);

		List<String> options = new ArrayList<>();

		for (GeneratedSubject subject : pupil.options()) {
			options.add(subject.code());
		}

		series.attributes("ENTEleveCodeEnseignements", options);
		series.endRecord();
	}

	private void _writePupils(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.PUPILS, "Eleve", written)) {

			for (int s = 0; s < _options.schools(); s++) {
				SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

				Population population = new Population(_options, schoolPlan);

				while (population.hasNext()) {
					Family family = population.next();

					for (GeneratedPupil pupil : family.pupils()) {
						_writePupil(series, schoolPlan, family, pupil);
					}
				}
			}
		}
	}

	private void _writeRelatives(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.RELATIVES, "PersRelEleve",
				written)) {

			for (int s = 0; s < _options.schools(); s++) {
				SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

				Population population = new Population(_options, schoolPlan);

				while (population.hasNext()) {
					Family family = population.next();

					List<String> children = new ArrayList<>();

					for (GeneratedPupil pupil : family.pupils()) {
						children.add(pupil.id());
					}

					for (Guardian guardian : family.guardians()) {
						series.startRecord(guardian.id());
						series.attribute("ENTPersonJointure", guardian.id());
						series.attribute(
							"ENTPersonStructRattach", schoolPlan.uai());
						series.attribute("sn", guardian.lastName());
						series.attribute("givenName", guardian.firstName());
						series.attribute(
							"personalTitle", guardian.civility());
						series.attribute("mail", guardian.email());
						series.attribute(
							"ENTPersonMobileSMS", guardian.mobile());
						series.attribute(
							"ENTPersonAdresse", family.addressLine());
						series.attribute(
							"ENTPersonCodePostal", family.postalCode());
						series.attribute("ENTPersonVille", family.city());
						series.attributes("ENTAuxPersRelEleveEleve", children);
						series.endRecord();
					}
				}
			}
		}
	}

	private void _writeStaff(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.STAFF, "PersEducNat",
				written)) {

			for (int s = 0; s < _options.schools(); s++) {
				SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

				for (StaffMember staffMember : schoolPlan.staff()) {
					_writeStaffMember(series, schoolPlan, staffMember);
				}
			}
		}
	}

	private void _writeStaffMember(
			AafFileSeries series, SchoolPlan schoolPlan,
			StaffMember staffMember)
		throws IOException, XMLStreamException {

		String uai = schoolPlan.uai();

		series.startRecord(staffMember.id());
		series.attribute("ENTPersonJointure", staffMember.id());
		series.attribute("ENTPersonStructRattach", uai);
		series.attribute("sn", staffMember.lastName());
		series.attribute("givenName", staffMember.firstName());
		series.attribute("personalTitle", staffMember.civility());
		series.attribute(
			"ENTPersonDateNaissance",
			staffMember.birthDate().format(_DATE_FORMAT));
		series.attribute("mail", staffMember.email());
		series.attribute(
			"ENTPersonProfils", staffMember.isTeacher() ? "National_3" :
				"National_4");
		series.attribute("ENTPersonFonctions", _function(uai, staffMember));

		List<String> classSubjects = new ArrayList<>();
		List<String> groupSubjects = new ArrayList<>();

		for (Service service : staffMember.services()) {
			String value = uai + "$" + service.structureCode() + "$" +
				service.subject().code();

			if (service.group() == null) {
				classSubjects.add(value);
			}
			else {
				groupSubjects.add(value);
			}
		}

		series.attributes("ENTAuxEnsClassesMatieres", classSubjects);
		series.attributes("ENTAuxEnsGroupesMatieres", groupSubjects);

		List<String> principals = new ArrayList<>();

		for (GeneratedClass generatedClass : staffMember.headOf()) {
			principals.add(uai + "$" + generatedClass.code());
		}

		series.attributes("ENTAuxEnsClassesPrincipal", principals);
		series.endRecord();
	}

	private void _writeSubjects(List<Path> written)
		throws IOException, XMLStreamException {

		try (AafFileSeries series = new AafFileSeries(
				_options, _folder, AafFileKind.SUBJECTS, "MatiereEducNat",
				written)) {

			for (GeneratedSubject subject : Nomenclature.ALL_SUBJECTS) {
				series.startRecord(subject.code());
				series.attribute("ENTMatJointure", subject.code());
				series.attribute("ENTLibelleMatiere", subject.label());
				series.endRecord();
			}
		}
	}

	private static final DateTimeFormatter _DATE_FORMAT =
		DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Path _folder;
	private final GeneratorOptions _options;

}
