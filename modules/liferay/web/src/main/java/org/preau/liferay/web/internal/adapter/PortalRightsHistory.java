package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.out.RightsHistory;
import org.preau.liferay.model.RightsHistoryEntry;
import org.preau.liferay.service.RightsHistoryEntryLocalService;

/**
 * The history of the rights and messaging rules of the portal instance in Préau's RightsHistoryEntry table; a change
 * of the académie's defaults has no school.
 */
public class PortalRightsHistory implements RightsHistory {

	public PortalRightsHistory(
		LongSupplier companyIdSupplier,
		RightsHistoryEntryLocalService rightsHistoryEntryLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_rightsHistoryEntryLocalService = rightsHistoryEntryLocalService;
	}

	@Override
	public List<RightsChange> latest(Optional<Uai> uai, int limit) {
		List<RightsChange> changes = new ArrayList<>();

		for (RightsHistoryEntry rightsHistoryEntry :
				_rightsHistoryEntryLocalService.getLatestRightsHistoryEntries(
					_companyIdSupplier.getAsLong(),
					uai.map(
						Uai::value
					).orElse(
						null
					),
					0, limit)) {

			String entryUai = rightsHistoryEntry.getUai();

			changes.add(
				new RightsChange(
					rightsHistoryEntry.getChangeDate(
					).toInstant(),
					rightsHistoryEntry.getAuthor(),
					((entryUai == null) || entryUai.isEmpty()) ? null :
						Uai.of(entryUai),
					RightsChange.Kind.valueOf(rightsHistoryEntry.getKind()),
					rightsHistoryEntry.getSubject(),
					rightsHistoryEntry.getBeforeValue(),
					rightsHistoryEntry.getAfterValue(),
					rightsHistoryEntry.getReason()));
		}

		return changes;
	}

	@Override
	public void record(RightsChange change) {
		_rightsHistoryEntryLocalService.addRightsHistoryEntry(
			_companyIdSupplier.getAsLong(), Date.from(change.at()),
			change.author(),
			change.uai(
			).map(
				Uai::value
			).orElse(
				null
			),
			change.kind(
			).name(),
			change.subject(), change.before(), change.after(),
			change.reason());
	}

	private final LongSupplier _companyIdSupplier;
	private final RightsHistoryEntryLocalService
		_rightsHistoryEntryLocalService;

}
