package org.preau.liferay.web.internal.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.service.ImportRunLocalService;
import org.preau.liferay.web.internal.test.Fakes;

public class PortalImportRunsTest {

	@Test
	public void givenANewRun_whenSavedThenFinished_thenTheLatestRunIsTheFinishedOne() {
		ImportRun running = _importRuns.save(
			new ImportRun(
				0, _UAI, Source.AAF, "jdupont", _STARTED, null,
				ImportRunStatus.RUNNING, 0, ""));

		Assertions.assertEquals(1L, running.id());

		_importRuns.save(
			new ImportRun(
				running.id(), _UAI, Source.AAF, "jdupont", _STARTED,
				_STARTED.plusSeconds(60), ImportRunStatus.SUCCEEDED, 1200,
				"1200 records"));

		ImportRun latest = _importRuns.latest(
			_UAI
		).get();

		Assertions.assertEquals(1L, latest.id());
		Assertions.assertEquals(ImportRunStatus.SUCCEEDED, latest.status());
		Assertions.assertEquals(
			Optional.of(_STARTED.plusSeconds(60)), latest.finishedAt());
		Assertions.assertEquals(1200, latest.recordCount());
		Assertions.assertEquals("1200 records", latest.summary());
		Assertions.assertEquals(1, _rows.size());
	}

	@Test
	public void givenNoRun_thenThereIsNoLatestRun() {
		Assertions.assertEquals(Optional.empty(), _importRuns.latest(_UAI));
	}

	private org.preau.liferay.model.ImportRun _row(Object[] arguments) {
		return Fakes.model(
			org.preau.liferay.model.ImportRun.class,
			Fakes.properties(
				"actor", arguments[3], "companyId", arguments[0], "endDate",
				arguments[5], "importRunId", (long)(_rows.size() + 1),
				"recordCount", arguments[7], "source", arguments[2],
				"startDate", arguments[4], "status", arguments[6], "summary",
				arguments[8], "uai", arguments[1]));
	}

	private static final Instant _STARTED = Instant.parse(
		"2026-09-01T06:00:00Z");

	private static final Uai _UAI = Uai.of("0310001A");

	private final List<org.preau.liferay.model.ImportRun> _rows =
		new ArrayList<>();

	private final PortalImportRuns _importRuns = new PortalImportRuns(
		() -> 1L,
		Fakes.service(
			ImportRunLocalService.class,
			Map.of(
				"addImportRun",
				arguments -> {
					org.preau.liferay.model.ImportRun row = _row(arguments);

					_rows.add(0, row);

					return row;
				},
				"fetchImportRun",
				arguments -> _rows.stream(
				).filter(
					row -> row.getImportRunId() == (Long)arguments[0]
				).findFirst(
				).orElse(
					null
				),
				"getImportRunsByUai",
				arguments -> _rows.subList(
					0, Math.min(_rows.size(), (Integer)arguments[2])),
				"updateImportRun", arguments -> arguments[0])));

}
