package org.preau.feeds.generator;

import org.preau.core.directory.model.LegalLevel;
import org.preau.feeds.generator.Family.Guardian;
import org.preau.feeds.generator.SchoolPlan.StaffMember;

/**
 * What a generation holds, as a reader of its files should find it: people by profile, structures and links. Parents
 * are the legal representatives; persons in charge (level 2) and their relations are counted apart, since readers
 * leave them out by default.
 */
public final class GenerationReport {

	public int accounts() {
		return _pupils + _parents + _teachers + _staff;
	}

	public int classes() {
		return _classes;
	}

	public int establishments() {
		return _establishments;
	}

	public int groups() {
		return _groups;
	}

	public int inChargePersons() {
		return _inChargePersons;
	}

	public int inChargeRelations() {
		return _inChargeRelations;
	}

	public int levels() {
		return _levels;
	}

	public int parents() {
		return _parents;
	}

	public int pupils() {
		return _pupils;
	}

	public int relations() {
		return _relations;
	}

	public int staff() {
		return _staff;
	}

	public int subjects() {
		return _subjects;
	}

	public int teachers() {
		return _teachers;
	}

	public int teachingAssignments() {
		return _teachingAssignments;
	}

	@Override
	public String toString() {
		return _establishments + " establishments, " + accounts() +
			" accounts: " + _pupils + " pupils, " + _parents + " parents (+" +
				_inChargePersons + " in charge), " + _teachers +
					" teachers, " + _staff + " staff; " + _classes +
						" classes, " + _groups + " groups, " + _relations +
							" relations (+" + _inChargeRelations +
								" in charge), " + _teachingAssignments +
									" teaching assignments, " + _levels +
										" levels, " + _subjects + " subjects";
	}

	GenerationReport(int levels, int subjects) {
		_levels = levels;
		_subjects = subjects;
	}

	void count(Family family) {
		int pupils = family.pupils().size();

		_pupils += pupils;

		for (Guardian guardian : family.guardians()) {
			if (guardian.legalLevel() == LegalLevel.LEGAL) {
				_parents++;
				_relations += pupils;
			}
			else {
				_inChargePersons++;
				_inChargeRelations += pupils;
			}
		}
	}

	void count(SchoolPlan schoolPlan) {
		_establishments++;
		_classes += schoolPlan.classes().size();
		_groups += schoolPlan.groups().size();
		_teachingAssignments += schoolPlan.services().size();

		for (StaffMember staffMember : schoolPlan.staff()) {
			if (staffMember.isTeacher()) {
				_teachers++;
			}
			else {
				_staff++;
			}
		}
	}

	private int _classes;
	private int _establishments;
	private int _groups;
	private int _inChargePersons;
	private int _inChargeRelations;
	private final int _levels;
	private int _parents;
	private int _pupils;
	private int _relations;
	private int _staff;
	private final int _subjects;
	private int _teachers;
	private int _teachingAssignments;

}
