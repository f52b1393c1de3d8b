package org.preau.core.imports.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.security.Actor;

/**
 * Imports a complete feed: reconciles it with the directory into a plan, and applies the plan one transaction per
 * establishment unless the command is a dry run. Running the same feed twice changes nothing the second time; a run
 * interrupted at any point is completed by running the feed again.
 */
public interface ImportFeed {

	/**
	 * @return what the run did, or would do for a dry run; an establishment whose transaction failed is listed among
	 *         the errors, and the others are applied
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer one of the establishments
	 *         the feed covers; nothing is written then
	 */
	ImportReport run(Actor actor, ImportCommand command);

	/**
	 * Imports records of one or several sources, one run per source (see {@link DirectorySnapshot#bySource()}), in
	 * the order of {@link Source}.
	 *
	 * @return the runs' reports, in the order they ran
	 * @throws IllegalArgumentException if the records describe nobody
	 */
	default List<ImportReport> runBySource(
		Actor actor, DirectorySnapshot snapshot, boolean dryRun) {

		Map<Source, DirectorySnapshot> bySource = snapshot.bySource();

		if (bySource.isEmpty()) {
			throw new IllegalArgumentException(
				"the files describe nobody: nothing to import");
		}

		List<ImportReport> importReports = new ArrayList<>();

		for (Map.Entry<Source, DirectorySnapshot> entry : bySource.entrySet()) {
			importReports.add(
				run(
					actor,
					dryRun ?
						ImportCommand.dryRun(entry.getValue(), entry.getKey()) :
							ImportCommand.apply(
								entry.getValue(), entry.getKey())));
		}

		return importReports;
	}

}
