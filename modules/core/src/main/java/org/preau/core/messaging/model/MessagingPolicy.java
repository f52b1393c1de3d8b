package org.preau.core.messaging.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

/**
 * Who may write to whom in the ENT's messaging, by default:
 * <ul>
 * <li>a pupil: to the pupils and teachers of their class, their parents, the school's staff;</li>
 * <li>a parent: to their children's teachers, their children, the staff of their children's schools;</li>
 * <li>teachers and staff: to the teachers, pupils and parents of the classes and groups they teach, to all the staff of
 * their school (and of a school linked to it, for a cité scolaire), and to anyone of their school found through the
 * directory.</li>
 * </ul>
 * Rubrique mailing lists come with the rubriques. External e-mail is closed to pupils unless opened for all pupils, a
 * level or a class; ordinary messages reach at most {@link #ORDINARY_RECIPIENT_LIMIT} recipients. Built once from the
 * directory, so that each decision is a few hash look-ups.
 */
public final class MessagingPolicy {

	public static final int ORDINARY_RECIPIENT_LIMIT = 150;

	public MessagingPolicy(
		Collection<Person> people, Collection<SchoolClass> classes,
		Collection<TeachingAssignment> assignments,
		Collection<ParentRelation> relations,
		Collection<ExternalMailOpening> openings,
		Collection<Set<Uai>> linkedSchools) {

		for (Person person : people) {
			if (person.state() == PersonState.ACTIVE) {
				_members.put(person.externalId(), new Member(person));
			}
		}

		for (SchoolClass schoolClass : classes) {
			schoolClass.mefCode(
			).ifPresent(
				mefCode -> _mefByClass.put(
					_structure(schoolClass.uai(), schoolClass.code()), mefCode)
			);
		}

		for (TeachingAssignment assignment : assignments) {
			Member teacher = _members.get(assignment.teacherId());

			if (teacher != null) {
				teacher._taught.add(
					_structure(assignment.uai(), assignment.structureCode()));
			}
		}

		for (ParentRelation relation : relations) {
			Member parent = _members.get(relation.parentId());
			Member pupil = _members.get(relation.pupilId());

			if ((parent != null) && (pupil != null)) {
				parent._children.add(pupil._id);
				pupil._parents.add(parent._id);
			}
		}

		for (ExternalMailOpening opening : openings) {
			_openings.add(
				opening.uai() + "$" + opening.scope() + "$" + opening.code());
		}

		for (Set<Uai> linked : linkedSchools) {
			for (Uai uai : linked) {
				_linked.computeIfAbsent(
					uai, key -> new HashSet<>()
				).addAll(
					linked
				);
			}
		}
	}

	/**
	 * Whether the person may write to addresses outside the ENT.
	 */
	public MessagingDecision canWriteExternally(String personId) {
		Member member = _members.get(personId);

		if (member == null) {
			return MessagingDecision.refused(
				personId + " has no active account");
		}

		if (member._profile != Profile.PUPIL) {
			return MessagingDecision.allowed(
				"external e-mail is open to adults");
		}

		if (_openings.contains(
				member._uai + "$" + ExternalMailOpening.Scope.ALL_PUPILS +
					"$")) {

			return MessagingDecision.allowed(
				"external e-mail is open to all pupils of " + member._uai);
		}

		if ((member._classCode != null) &&
			_openings.contains(
				member._uai + "$" + ExternalMailOpening.Scope.CLASS + "$" +
					member._classCode)) {

			return MessagingDecision.allowed(
				"external e-mail is open to class " + member._classCode);
		}

		String mefCode = (member._classCode == null) ? null :
			_mefByClass.get(_structure(member._uai, member._classCode));

		if ((mefCode != null) &&
			_openings.contains(
				member._uai + "$" + ExternalMailOpening.Scope.LEVEL + "$" +
					mefCode)) {

			return MessagingDecision.allowed(
				"external e-mail is open to level " + mefCode);
		}

		return MessagingDecision.refused(
			"external e-mail is closed to pupils unless opened for them");
	}

	public MessagingDecision canMessage(String fromId, String toId) {
		Member from = _members.get(fromId);
		Member to = _members.get(toId);

		if (from == null) {
			return MessagingDecision.refused(fromId + " has no active account");
		}

		if (to == null) {
			return MessagingDecision.refused(toId + " has no active account");
		}

		switch (from._profile) {
			case PUPIL:
				return _fromPupil(from, to);
			case PARENT:
				return _fromParent(from, to);
			case TEACHER:
			case STAFF:
				return _fromStaff(from, to);
			default:
				return MessagingDecision.refused(
					"guests write to nobody through the ENT's messaging");
		}
	}

	/**
	 * @throws IllegalArgumentException if an ordinary message has more recipients than allowed; targeted communication
	 *         is the tool for larger audiences
	 */
	public void checkRecipientCount(int recipients) {
		if (recipients > ORDINARY_RECIPIENT_LIMIT) {
			throw new IllegalArgumentException(
				"a message reaches at most " + ORDINARY_RECIPIENT_LIMIT +
					" recipients, not " + recipients +
						"; use targeted communication for larger audiences");
		}
	}

	private static boolean _isStaff(Member member) {
		return (member._profile == Profile.TEACHER) ||
			(member._profile == Profile.STAFF);
	}

	private static String _structure(Uai uai, String code) {
		return uai + "$" + code;
	}

	private MessagingDecision _fromParent(Member from, Member to) {
		if (from._children.contains(to._id)) {
			return MessagingDecision.allowed("a parent may write to their child");
		}

		for (String childId : from._children) {
			Member child = _members.get(childId);

			if ((to._profile == Profile.TEACHER) && _teaches(to, child)) {
				return MessagingDecision.allowed(
					"a parent may write to the teachers of their children");
			}

			if ((to._profile == Profile.STAFF) && to._uai.equals(child._uai)) {
				return MessagingDecision.allowed(
					"a parent may write to the staff of their children's " +
						"school");
			}
		}

		if ((to._profile == Profile.STAFF) && to._uai.equals(from._uai)) {
			return MessagingDecision.allowed(
				"a parent may write to the staff of their school");
		}

		return MessagingDecision.refused(
			"a parent may write only to their children, their children's " +
				"teachers and the staff of their school");
	}

	private MessagingDecision _fromPupil(Member from, Member to) {
		if (from._parents.contains(to._id)) {
			return MessagingDecision.allowed("a pupil may write to their parents");
		}

		if ((to._profile == Profile.PUPIL) && to._uai.equals(from._uai) &&
			(from._classCode != null) &&
			from._classCode.equals(to._classCode)) {

			return MessagingDecision.allowed(
				"a pupil may write to the pupils of their class");
		}

		if ((to._profile == Profile.TEACHER) && _teaches(to, from)) {
			return MessagingDecision.allowed(
				"a pupil may write to the teachers of their class");
		}

		if ((to._profile == Profile.STAFF) && to._uai.equals(from._uai)) {
			return MessagingDecision.allowed(
				"a pupil may write to the staff of their school");
		}

		return MessagingDecision.refused(
			"a pupil may write only to the pupils and teachers of their " +
				"class, their parents and the staff of their school");
	}

	private MessagingDecision _fromStaff(Member from, Member to) {
		if ((to._profile == Profile.PUPIL) && _teaches(from, to)) {
			return MessagingDecision.allowed(
				"a teacher may write to the pupils they teach");
		}

		if (to._profile == Profile.PARENT) {
			for (String childId : to._children) {
				if (_teaches(from, _members.get(childId))) {
					return MessagingDecision.allowed(
						"a teacher may write to the parents of the pupils " +
							"they teach");
				}
			}
		}

		if (_isStaff(to)) {
			if (to._uai.equals(from._uai)) {
				return MessagingDecision.allowed(
					"staff may write to all the staff of their school");
			}

			if (_linked.getOrDefault(
					from._uai, Set.of()
				).contains(
					to._uai
				)) {

				return MessagingDecision.allowed(
					"staff may write to the staff of the linked school " +
						to._uai + " (cité scolaire)");
			}
		}

		if (to._uai.equals(from._uai) ||
			((to._profile == Profile.PARENT) && _hasChildIn(to, from._uai))) {

			return MessagingDecision.allowed(
				"staff may write to anyone of their school found through " +
					"the directory");
		}

		return MessagingDecision.refused(
			"staff may write only to the people of their school" +
				(_linked.containsKey(from._uai) ?
					" and to the staff of the schools linked to it" : ""));
	}

	private boolean _hasChildIn(Member parent, Uai uai) {
		for (String childId : parent._children) {
			if (_members.get(childId)._uai.equals(uai)) {
				return true;
			}
		}

		return false;
	}

	private boolean _teaches(Member teacher, Member pupil) {
		if ((pupil._classCode != null) &&
			teacher._taught.contains(_structure(pupil._uai, pupil._classCode))) {

			return true;
		}

		for (String groupCode : pupil._groups) {
			if (teacher._taught.contains(_structure(pupil._uai, groupCode))) {
				return true;
			}
		}

		return false;
	}

	private static final class Member {

		private Member(Person person) {
			_id = person.externalId();
			_uai = person.uai();
			_profile = person.profile();
			_classCode = person.classCode().orElse(null);
			_groups = person.groupCodes();
		}

		private final Set<String> _children = new HashSet<>();
		private final String _classCode;
		private final Set<String> _groups;
		private final String _id;
		private final Set<String> _parents = new HashSet<>();
		private final Profile _profile;
		private final Set<String> _taught = new HashSet<>();
		private final Uai _uai;

	}

	private final Map<Uai, Set<Uai>> _linked = new HashMap<>();
	private final Map<String, Member> _members = new HashMap<>();
	private final Map<String, String> _mefByClass = new HashMap<>();
	private final Set<String> _openings = new HashSet<>();

}
