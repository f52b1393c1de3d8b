package org.preau.feeds.internal;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.ImportSink;

/**
 * Takes records and keeps none: the checking pass of a read maps every record, so that mapping errors are found too,
 * without holding what it maps.
 */
public final class DiscardingImportSink implements ImportSink {

	@Override
	public void establishment(Establishment establishment) {
	}

	@Override
	public void group(Group group) {
	}

	@Override
	public void level(Level level) {
	}

	@Override
	public void person(Person person) {
	}

	@Override
	public void relation(ParentRelation relation) {
	}

	@Override
	public void schoolClass(SchoolClass schoolClass) {
	}

	@Override
	public void subject(Subject subject) {
	}

	@Override
	public void teachingAssignment(TeachingAssignment teachingAssignment) {
	}

}
