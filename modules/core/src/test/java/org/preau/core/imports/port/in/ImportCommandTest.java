package org.preau.core.imports.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;

public class ImportCommandTest {

	@Test
	public void givenEmptyFeedOrManualSource_thenRefused() {
		assertThrows(
			IllegalArgumentException.class,
			() -> ImportCommand.apply(new DirectorySnapshot(), Source.AAF));

		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.relation(
			new ParentRelation(
				Uai.of("0310001A"), "R1", "P1", LegalLevel.LEGAL, "10"));

		assertThrows(
			IllegalArgumentException.class,
			() -> ImportCommand.apply(snapshot, Source.MANUAL));
	}

	@Test
	public void givenFeedWithOnlyLinks_thenItCoversTheirEstablishments() {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.relation(
			new ParentRelation(
				Uai.of("0310001A"), "R1", "P1", LegalLevel.LEGAL, "10"));

		ImportCommand command = ImportCommand.dryRun(snapshot, Source.SIECLE);

		assertEquals(Set.of(Uai.of("0310001A")), command.establishments());
		assertTrue(command.dryRun());
	}

}
