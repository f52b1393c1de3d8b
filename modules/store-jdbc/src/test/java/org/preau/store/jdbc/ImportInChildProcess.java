package org.preau.store.jdbc;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.preau.core.common.Transactions;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.People;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.port.out.DirectoryInserts;
import org.preau.core.security.Actor;
import org.preau.feeds.aaf.AafReader;

/**
 * Imports an AAF feed into a file database in a JVM of its own, for a test to kill it. It prints {@code BEGIN n} and
 * {@code COMMITTED n} around each transaction (1 is the nomenclature, then one per establishment), and, when asked,
 * {@code PAUSED} after saving some people of one establishment (after the batch that reaches that number, since new
 * people are written in batches), and then waits to be killed.
 *
 * <p>
 * Arguments: the data folder, the feed folder, the establishment to pause in (1 for the first; 0 never pauses), and
 * after how many people.
 * </p>
 */
public final class ImportInChildProcess {

	public static void main(String[] args) throws Exception {
		Path dataDir = Paths.get(args[0]);
		Path feedDir = Paths.get(args[1]);
		int pauseInEstablishment = Integer.parseInt(args[2]);
		int pauseAfterPeople = Integer.parseInt(args[3]);

		DirectorySnapshot snapshot = new DirectorySnapshot();

		new AafReader().read(feedDir, snapshot);

		try (H2Database database = H2Database.open(dataDir)) {
			Clock clock = ImportFixture.fixedClock();
			JdbcStore store = new JdbcStore(database.dataSource(), clock);

			int[] transaction = {0};
			int[] saved = {0};

			Transactions transactions = new Transactions() {

				@Override
				public <T> T inTransaction(Supplier<T> work) {
					int number = ++transaction[0];

					saved[0] = 0;

					_print("BEGIN " + number);

					T result = store.transactions().inTransaction(work);

					_print("COMMITTED " + number);

					return result;
				}

			};

			IntConsumer countSaved = count -> {
				int before = saved[0];

				saved[0] += count;

				if ((transaction[0] == (pauseInEstablishment + 1)) &&
					(before < pauseAfterPeople) &&
					(saved[0] >= pauseAfterPeople)) {

					_print("PAUSED");

					_waitToBeKilled();
				}
			};

			People people = new People() {

				@Override
				public Optional<Person> find(String externalId) {
					return store.people().find(externalId);
				}

				@Override
				public List<Person> list(
					Uai uai, Profile profile, int offset, int limit) {

					return store.people().list(uai, profile, offset, limit);
				}

				@Override
				public void save(Person person) {
					store.people().save(person);

					countSaved.accept(1);
				}

			};

			// Created people are written in bulk: the pause then comes after a whole batch, before the commit

			DirectoryInserts directoryInserts = new DirectoryInserts() {

				@Override
				public void insertPeople(List<Person> created) {
					store.directoryInserts().insertPeople(created);

					countSaved.accept(created.size());
				}

				@Override
				public void insertRelations(List<ParentRelation> relations) {
					store.directoryInserts().insertRelations(relations);
				}

				@Override
				public void insertTeachingAssignments(
					List<TeachingAssignment> teachingAssignments) {

					store.directoryInserts().insertTeachingAssignments(
						teachingAssignments);
				}

			};

			ImportFixture.importService(
				store, clock, people, directoryInserts, transactions
			).run(
				Actor.system(), ImportCommand.apply(snapshot, Source.AAF)
			);

			_print("DONE");
		}
	}

	private static void _print(String line) {
		System.out.println(line);
		System.out.flush();
	}

	private static void _waitToBeKilled() {
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException interruptedException) {
				Thread.currentThread().interrupt();

				throw new IllegalStateException(interruptedException);
			}
		}
	}

	private ImportInChildProcess() {
	}

}
