package org.preau.feeds.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.preau.feeds.generator.Family.GeneratedPupil;
import org.preau.feeds.generator.Family.Guardian;
import org.preau.feeds.generator.Nomenclature.GeneratedLevel;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;

/**
 * Writes the SIECLE "Base élèves" exports of each school in a folder named after its UAI, in ISO-8859-1 as schools
 * receive them.
 */
final class SiecleFeedWriter {

	interface FamilyWriter {

		void write(Family family) throws XMLStreamException;

	}

	SiecleFeedWriter(GeneratorOptions options, Path folder) {
		_options = options;
		_folder = folder;
	}

	List<Path> write() throws IOException, XMLStreamException {
		List<Path> written = new ArrayList<>();

		for (int s = 0; s < _options.schools(); s++) {
			SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

			Path schoolFolder = Files.createDirectories(
				_folder.resolve(schoolPlan.uai()));

			written.add(_writePupils(schoolPlan, schoolFolder));
			written.add(_writeRelatives(schoolPlan, schoolFolder));
			written.add(_writeNomenclatures(schoolPlan, schoolFolder));
			written.add(_writeStructures(schoolPlan, schoolFolder));
		}

		return written;
	}

	private void _close(XmlOut xmlOut) throws IOException, XMLStreamException {
		xmlOut.end();
		xmlOut.end();
		xmlOut.close();
	}

	private XmlOut _open(Path file, String root, SchoolPlan schoolPlan)
		throws IOException, XMLStreamException {

		XmlOut xmlOut = XmlOut.create(file, _ENCODING);

		xmlOut.start(root);
		xmlOut.attribute("VERSION", "3.1");
		xmlOut.start("PARAMETRES");
		xmlOut.element("UAJ", schoolPlan.uai());
		xmlOut.element(
			"ANNEE_SCOLAIRE", String.valueOf(_options.schoolYear()));
		xmlOut.element(
			"DATE_EXPORT", _options.exportDate().format(_DATE_FORMAT));
		xmlOut.element(
			"HORODATAGE",
			_options.exportDate().format(_DATE_FORMAT) + " 06:00:00");
		xmlOut.end();
		xmlOut.start("DONNEES");

		return xmlOut;
	}

	private String _rentree() {
		return LocalDate.of(
			_options.schoolYear(), 9, 1
		).format(
			_DATE_FORMAT
		);
	}

	private void _writeAddress(XmlOut xmlOut, Family family)
		throws XMLStreamException {

		xmlOut.start("ADRESSE");
		xmlOut.attribute("ADRESSE_ID", family.addressId());
		xmlOut.element("LIGNE1_ADRESSE", family.addressLine());
		xmlOut.element("CODE_POSTAL", family.postalCode());
		xmlOut.element(
			"LIBELLE_POSTAL", family.city().toUpperCase(Locale.ROOT));
		xmlOut.element("LL_PAYS", "FRANCE");
		xmlOut.end();
	}

	private void _writeGuardian(XmlOut xmlOut, Guardian guardian)
		throws XMLStreamException {

		xmlOut.start("PERSONNE");
		xmlOut.attribute("PERSONNE_ID", guardian.id());
		xmlOut.element("LL_CIVILITE", guardian.civility());
		xmlOut.element("NOM_DE_FAMILLE", guardian.lastName());
		xmlOut.element("PRENOM", guardian.firstName());
		xmlOut.element("TEL_PORTABLE", guardian.mobile());
		xmlOut.element("MEL", guardian.email());
		xmlOut.end();
	}

	private Path _writeNomenclatures(SchoolPlan schoolPlan, Path folder)
		throws IOException, XMLStreamException {

		Path file = folder.resolve("Nomenclature.xml");

		XmlOut xmlOut = _open(file, "BEE_NOMENCLATURES", schoolPlan);

		xmlOut.start("MEFS");

		for (GeneratedLevel level : schoolPlan.levels()) {
			xmlOut.start("MEF");
			xmlOut.attribute("CODE_MEF", level.mefCode());
			xmlOut.element("FORMATION", level.label());
			xmlOut.element("LIBELLE_LONG", level.label());
			xmlOut.element("LIBELLE_EDITION", level.label());
			xmlOut.element("MEF_RATTACHEMENT", level.mefCode());
			xmlOut.end();
		}

		xmlOut.end();
		xmlOut.start("MATIERES");

		for (GeneratedSubject subject : Nomenclature.ALL_SUBJECTS) {
			xmlOut.start("MATIERE");
			xmlOut.attribute("CODE_MATIERE", subject.code());
			xmlOut.element("CODE_GESTION", subject.managementCode());
			xmlOut.element("LIBELLE_COURT", subject.managementCode());
			xmlOut.element("LIBELLE_LONG", subject.label());
			xmlOut.element("LIBELLE_EDITION", subject.label());
			xmlOut.end();
		}

		xmlOut.end();

		_close(xmlOut);

		return file;
	}

	private void _writePupil(XmlOut xmlOut, GeneratedPupil pupil)
		throws XMLStreamException {

		xmlOut.start("ELEVE");
		xmlOut.attribute("ELEVE_ID", pupil.id());
		xmlOut.element("ID_NATIONAL", pupil.ine());
		xmlOut.element("NOM_DE_FAMILLE", pupil.lastName());
		xmlOut.element("PRENOM", pupil.firstName());
		xmlOut.element("DATE_NAISS", pupil.birthDate().format(_DATE_FORMAT));
		xmlOut.element("CODE_SEXE", pupil.isFemale() ? "2" : "1");
		xmlOut.element("CODE_MEF", pupil.schoolClass().level().mefCode());
		xmlOut.element("DATE_ENTREE", _rentree());
		xmlOut.end();
	}

	private void _writePupilOptions(XmlOut xmlOut, GeneratedPupil pupil)
		throws XMLStreamException {

		if (pupil.options().isEmpty()) {
			return;
		}

		xmlOut.start("OPTION");
		xmlOut.attribute("ELEVE_ID", pupil.id());

		int number = 1;

		for (GeneratedSubject subject : pupil.options()) {
			xmlOut.start("OPTIONS_ELEVE");
			xmlOut.element("NUM_OPTION", String.valueOf(number++));
			xmlOut.element("CODE_MODALITE_ELECT", "O");
			xmlOut.element("CODE_MATIERE", subject.code());
			xmlOut.end();
		}

		xmlOut.end();
	}

	private Path _writePupils(SchoolPlan schoolPlan, Path folder)
		throws IOException, XMLStreamException {

		Path file = folder.resolve("ElevesSansAdresses.xml");

		XmlOut xmlOut = _open(file, "BEE_ELEVES", schoolPlan);

		_writeSection(
			xmlOut, schoolPlan, "ELEVES",
			family -> {
				for (GeneratedPupil pupil : family.pupils()) {
					_writePupil(xmlOut, pupil);
				}
			});
		_writeSection(
			xmlOut, schoolPlan, "OPTIONS",
			family -> {
				for (GeneratedPupil pupil : family.pupils()) {
					_writePupilOptions(xmlOut, pupil);
				}
			});
		_writeSection(
			xmlOut, schoolPlan, "STRUCTURES",
			family -> {
				for (GeneratedPupil pupil : family.pupils()) {
					_writePupilStructures(xmlOut, pupil);
				}
			});

		_close(xmlOut);

		return file;
	}

	private void _writePupilStructures(XmlOut xmlOut, GeneratedPupil pupil)
		throws XMLStreamException {

		xmlOut.start("STRUCTURES_ELEVE");
		xmlOut.attribute("ELEVE_ID", pupil.id());

		_writeStructure(xmlOut, pupil.schoolClass().code(), "D");

		for (GeneratedGroup group : pupil.groups()) {
			_writeStructure(xmlOut, group.code(), "G");
		}

		xmlOut.end();
	}

	private Path _writeRelatives(SchoolPlan schoolPlan, Path folder)
		throws IOException, XMLStreamException {

		Path file = folder.resolve("ResponsablesAvecAdresses.xml");

		XmlOut xmlOut = _open(file, "BEE_RESPONSABLES", schoolPlan);

		_writeSection(
			xmlOut, schoolPlan, "PERSONNES",
			family -> {
				for (Guardian guardian : family.guardians()) {
					_writeGuardian(xmlOut, guardian);
				}
			});
		_writeSection(
			xmlOut, schoolPlan, "RESPONSABLES",
			family -> {
				for (GeneratedPupil pupil : family.pupils()) {
					for (Guardian guardian : family.guardians()) {
						_writeResponsibility(xmlOut, family, pupil, guardian);
					}
				}
			});
		_writeSection(
			xmlOut, schoolPlan, "ADRESSES",
			family -> _writeAddress(xmlOut, family));

		_close(xmlOut);

		return file;
	}

	private void _writeResponsibility(
			XmlOut xmlOut, Family family, GeneratedPupil pupil,
			Guardian guardian)
		throws XMLStreamException {

		xmlOut.start("RESPONSABLE_ELEVE");
		xmlOut.element("ELEVE_ID", pupil.id());
		xmlOut.element("PERSONNE_ID", guardian.id());
		xmlOut.element(
			"NIVEAU_RESPONSABILITE",
			String.valueOf(guardian.legalLevel().code()));
		xmlOut.element("CODE_PARENTE", guardian.kinshipCode());
		xmlOut.element(
			"RESP_FINANCIER",
			(guardian.legalLevel().code() == 1) ? "1" : "0");
		xmlOut.element("PERS_CONTACT", "1");
		xmlOut.element("ADRESSE_ID", family.addressId());
		xmlOut.end();
	}

	/**
	 * Writes one section of a file: the school's families are generated again for each, as SIECLE lists pupils,
	 * options and structures in separate sections.
	 */
	private void _writeSection(
			XmlOut xmlOut, SchoolPlan schoolPlan, String name,
			FamilyWriter familyWriter)
		throws XMLStreamException {

		xmlOut.start(name);

		Population population = new Population(_options, schoolPlan);

		while (population.hasNext()) {
			familyWriter.write(population.next());
		}

		xmlOut.end();
	}

	private void _writeStructure(XmlOut xmlOut, String code, String type)
		throws XMLStreamException {

		xmlOut.start("STRUCTURE");
		xmlOut.element("CODE_STRUCTURE", code);
		xmlOut.element("TYPE_STRUCTURE", type);
		xmlOut.end();
	}

	private Path _writeStructures(SchoolPlan schoolPlan, Path folder)
		throws IOException, XMLStreamException {

		Path file = folder.resolve("Structures.xml");

		XmlOut xmlOut = _open(file, "BEE_STRUCTURES", schoolPlan);

		xmlOut.start("DIVISIONS");

		for (GeneratedClass generatedClass : schoolPlan.classes()) {
			xmlOut.start("DIVISION");
			xmlOut.attribute("CODE_STRUCTURE", generatedClass.code());
			xmlOut.element(
				"LIBELLE_LONG",
				generatedClass.level().label() + " " + generatedClass.code());
			xmlOut.start("MEFS_APPARTENANCE");
			xmlOut.start("MEF_APPARTENANCE");
			xmlOut.element("CODE", generatedClass.level().mefCode());
			xmlOut.end();
			xmlOut.end();
			xmlOut.end();
		}

		xmlOut.end();
		xmlOut.start("GROUPES");

		for (GeneratedGroup group : schoolPlan.groups()) {
			xmlOut.start("GROUPE");
			xmlOut.attribute("CODE_STRUCTURE", group.code());
			xmlOut.element("LIBELLE_LONG", group.label());
			xmlOut.start("DIVISIONS_APPARTENANCE");

			for (GeneratedClass generatedClass : group.classes()) {
				xmlOut.start("DIVISION_APPARTENANCE");
				xmlOut.attribute("CODE_STRUCTURE", generatedClass.code());
				xmlOut.end();
			}

			xmlOut.end();
			xmlOut.end();
		}

		xmlOut.end();

		_close(xmlOut);

		return file;
	}

	private static final DateTimeFormatter _DATE_FORMAT =
		DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String _ENCODING = "ISO-8859-1";

	private final Path _folder;
	private final GeneratorOptions _options;

}
