package org.preau.feeds.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.preau.feeds.generator.Nomenclature.GeneratedLevel;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;
import org.preau.feeds.generator.SchoolPlan.Service;
import org.preau.feeds.generator.SchoolPlan.StaffMember;

/**
 * Writes one STSweb export per school, {@code sts_emp_<UAI>_<year>.xml}: the staff with their functions, disciplines
 * and head-teacher classes, and the services of each class and group.
 */
final class StsFeedWriter {

	StsFeedWriter(GeneratorOptions options, Path folder) {
		_options = options;
		_folder = folder;
	}

	List<Path> write() throws IOException, XMLStreamException {
		List<Path> written = new ArrayList<>();

		for (int s = 0; s < _options.schools(); s++) {
			written.add(_writeSchool(SchoolPlan.of(_options, s)));
		}

		return written;
	}

	private void _writeIndividual(XmlOut xmlOut, StaffMember staffMember)
		throws XMLStreamException {

		xmlOut.start("INDIVIDU");
		xmlOut.attribute("ID", staffMember.id());
		xmlOut.attribute("TYPE", "epp");
		xmlOut.element("SEXE", staffMember.isFemale() ? "2" : "1");
		xmlOut.element("CIVILITE", staffMember.isFemale() ? "2" : "1");
		xmlOut.element("NOM_USAGE", staffMember.lastName());
		xmlOut.element("NOM_PATRONYMIQUE", staffMember.lastName());
		xmlOut.element("PRENOM", staffMember.firstName());
		xmlOut.element(
			"DATE_NAISSANCE",
			staffMember.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
		xmlOut.element("FONCTION", staffMember.function().name());

		if (staffMember.discipline() != null) {
			xmlOut.start("DISCIPLINES");
			xmlOut.start("DISCIPLINE");
			xmlOut.attribute("CODE", staffMember.discipline().code());
			xmlOut.element(
				"LIBELLE_COURT", staffMember.discipline().label());
			xmlOut.end();
			xmlOut.end();
		}

		if (!staffMember.headOf().isEmpty()) {
			xmlOut.start("PROFS_PRINC");

			for (GeneratedClass generatedClass : staffMember.headOf()) {
				xmlOut.start("PROF_PRINC");
				xmlOut.element("CODE_STRUCTURE", generatedClass.code());
				xmlOut.end();
			}

			xmlOut.end();
		}

		xmlOut.end();
	}

	private Path _writeSchool(SchoolPlan schoolPlan)
		throws IOException, XMLStreamException {

		Path file = _folder.resolve(
			"sts_emp_" + schoolPlan.uai() + "_" + _options.schoolYear() +
				".xml");

		try (XmlOut xmlOut = XmlOut.create(file, "UTF-8")) {
			xmlOut.start("STS_EDT");
			xmlOut.start("PARAMETRES");
			xmlOut.start("UAJ");
			xmlOut.attribute("CODE", schoolPlan.uai());
			xmlOut.end();
			xmlOut.start("ANNEE_SCOLAIRE");
			xmlOut.attribute("ANNEE", String.valueOf(_options.schoolYear()));
			xmlOut.end();
			xmlOut.end();

			_writeSubjects(xmlOut);

			xmlOut.start("DONNEES");
			xmlOut.start("INDIVIDUS");

			for (StaffMember staffMember : schoolPlan.staff()) {
				_writeIndividual(xmlOut, staffMember);
			}

			xmlOut.end();

			_writeStructure(xmlOut, schoolPlan);

			xmlOut.end();
			xmlOut.end();
		}

		return file;
	}

	private void _writeServices(
			XmlOut xmlOut, SchoolPlan schoolPlan, GeneratedClass generatedClass,
			GeneratedGroup group)
		throws XMLStreamException {

		xmlOut.start("SERVICES");

		for (Service service : schoolPlan.services()) {
			if ((service.schoolClass() != generatedClass) ||
				(service.group() != group)) {

				continue;
			}

			xmlOut.start("SERVICE");
			xmlOut.attribute("CODE_MATIERE", service.subject().code());
			xmlOut.attribute("CODE_MOD_COURS", "CG");
			xmlOut.start("ENSEIGNANTS");
			xmlOut.start("ENSEIGNANT");
			xmlOut.attribute("ID", service.teacher().id());
			xmlOut.attribute("TYPE", "epp");
			xmlOut.end();
			xmlOut.end();
			xmlOut.end();
		}

		xmlOut.end();
	}

	private void _writeStructure(XmlOut xmlOut, SchoolPlan schoolPlan)
		throws XMLStreamException {

		xmlOut.start("STRUCTURE");
		xmlOut.start("DIVISIONS");

		for (GeneratedClass generatedClass : schoolPlan.classes()) {
			GeneratedLevel level = generatedClass.level();

			xmlOut.start("DIVISION");
			xmlOut.attribute("CODE", generatedClass.code());
			xmlOut.element(
				"LIBELLE_LONG", level.label() + " " + generatedClass.code());
			xmlOut.start("MEFS_APPARTENANCE");
			xmlOut.start("MEF_APPARTENANCE");
			xmlOut.attribute("CODE", level.mefCode());
			xmlOut.end();
			xmlOut.end();

			_writeServices(xmlOut, schoolPlan, generatedClass, null);

			xmlOut.end();
		}

		xmlOut.end();
		xmlOut.start("GROUPES");

		for (GeneratedGroup group : schoolPlan.groups()) {
			xmlOut.start("GROUPE");
			xmlOut.attribute("CODE", group.code());
			xmlOut.element("LIBELLE_LONG", group.label());
			xmlOut.start("DIVISIONS_APPARTENANCE");

			for (GeneratedClass generatedClass : group.classes()) {
				xmlOut.start("DIVISION_APPARTENANCE");
				xmlOut.attribute("CODE", generatedClass.code());
				xmlOut.end();
			}

			xmlOut.end();

			_writeServices(xmlOut, schoolPlan, null, group);

			xmlOut.end();
		}

		xmlOut.end();
		xmlOut.end();
	}

	private void _writeSubjects(XmlOut xmlOut) throws XMLStreamException {
		xmlOut.start("NOMENCLATURES");
		xmlOut.start("MATIERES");

		for (GeneratedSubject subject : Nomenclature.ALL_SUBJECTS) {
			xmlOut.start("MATIERE");
			xmlOut.attribute("CODE", subject.code());
			xmlOut.element("CODE_GESTION", subject.managementCode());
			xmlOut.element("LIBELLE_COURT", subject.managementCode());
			xmlOut.element("LIBELLE_LONG", subject.label());
			xmlOut.element("LIBELLE_EDITION", subject.label());
			xmlOut.end();
		}

		xmlOut.end();
		xmlOut.end();
	}

	private final Path _folder;
	private final GeneratorOptions _options;

}
