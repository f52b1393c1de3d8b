package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.liferay.service.ImportRunLocalService;

/**
 * The import history in Préau's own table.
 */
public class PortalImportRuns implements ImportRuns {

	public PortalImportRuns(
		LongSupplier companyIdSupplier,
		ImportRunLocalService importRunLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_importRunLocalService = importRunLocalService;
	}

	@Override
	public List<ImportRun> history(Uai uai, int limit) {
		List<ImportRun> importRuns = new ArrayList<>();

		for (org.preau.liferay.model.ImportRun importRun :
				_importRunLocalService.getImportRunsByUai(
					uai.value(), 0, limit)) {

			importRuns.add(_toImportRun(importRun));
		}

		return importRuns;
	}

	@Override
	public Optional<ImportRun> latest(Uai uai) {
		return history(
			uai, 1
		).stream(
		).findFirst();
	}

	@Override
	public ImportRun save(ImportRun importRun) {
		Date endDate = importRun.finishedAt(
		).map(
			Date::from
		).orElse(
			null
		);

		if (importRun.id() == 0) {
			return _toImportRun(
				_importRunLocalService.addImportRun(
					_companyIdSupplier.getAsLong(), importRun.uai().value(),
					importRun.source().name(), importRun.actor(),
					Date.from(importRun.startedAt()), endDate,
					importRun.status().name(), importRun.recordCount(),
					importRun.summary()));
		}

		org.preau.liferay.model.ImportRun stored =
			_importRunLocalService.fetchImportRun(importRun.id());

		if (stored == null) {
			throw new NoSuchElementException(
				"no import run " + importRun.id());
		}

		stored.setActor(importRun.actor());
		stored.setEndDate(endDate);
		stored.setRecordCount(importRun.recordCount());
		stored.setSource(importRun.source().name());
		stored.setStartDate(Date.from(importRun.startedAt()));
		stored.setStatus(importRun.status().name());
		stored.setSummary(importRun.summary());
		stored.setUai(importRun.uai().value());

		return _toImportRun(_importRunLocalService.updateImportRun(stored));
	}

	private ImportRun _toImportRun(
		org.preau.liferay.model.ImportRun importRun) {

		Date endDate = importRun.getEndDate();

		return new ImportRun(
			importRun.getImportRunId(), Uai.of(importRun.getUai()),
			Source.valueOf(importRun.getSource()), importRun.getActor(),
			importRun.getStartDate(
			).toInstant(),
			(endDate == null) ? null : endDate.toInstant(),
			ImportRunStatus.valueOf(importRun.getStatus()),
			importRun.getRecordCount(), importRun.getSummary());
	}

	private final LongSupplier _companyIdSupplier;
	private final ImportRunLocalService _importRunLocalService;

}
