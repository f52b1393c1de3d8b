package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.port.out.Delegations;
import org.preau.liferay.model.SchoolDelegation;
import org.preau.liferay.service.SchoolDelegationLocalService;

/**
 * The delegations of the portal instance in Préau's SchoolDelegation table.
 */
public class PortalDelegations implements Delegations {

	public PortalDelegations(
		LongSupplier companyIdSupplier,
		SchoolDelegationLocalService schoolDelegationLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_schoolDelegationLocalService = schoolDelegationLocalService;
	}

	@Override
	public boolean delete(long id) {
		SchoolDelegation schoolDelegation =
			_schoolDelegationLocalService.fetchSchoolDelegation(id);

		if ((schoolDelegation == null) ||
			(schoolDelegation.getCompanyId() !=
				_companyIdSupplier.getAsLong())) {

			return false;
		}

		_schoolDelegationLocalService.deleteSchoolDelegation(schoolDelegation);

		return true;
	}

	@Override
	public List<Delegation> list() {
		List<Delegation> delegations = new ArrayList<>();

		for (SchoolDelegation schoolDelegation :
				_schoolDelegationLocalService.getCompanySchoolDelegations(
					_companyIdSupplier.getAsLong())) {

			delegations.add(_toDelegation(schoolDelegation));
		}

		return delegations;
	}

	@Override
	public Delegation save(Delegation delegation) {
		return _toDelegation(
			_schoolDelegationLocalService.addSchoolDelegation(
				_companyIdSupplier.getAsLong(),
				delegation.kind(
				).name(),
				delegation.login(),
				delegation.uai(
				).value(),
				delegation.until(
				).map(
					Date::from
				).orElse(
					null
				),
				delegation.author(), Date.from(delegation.at()),
				delegation.reason()));
	}

	private static Delegation _toDelegation(
		SchoolDelegation schoolDelegation) {

		Uai uai = Uai.of(schoolDelegation.getUai());

		if (Delegation.Kind.valueOf(schoolDelegation.getKind()) ==
				Delegation.Kind.DANE) {

			return Delegation.dane(
				schoolDelegation.getSchoolDelegationId(),
				schoolDelegation.getLogin(), uai,
				schoolDelegation.getUntilDate(
				).toInstant(),
				schoolDelegation.getAuthor(),
				schoolDelegation.getCreateDate(
				).toInstant(),
				schoolDelegation.getReason());
		}

		return Delegation.localAdministrator(
			schoolDelegation.getSchoolDelegationId(),
			schoolDelegation.getLogin(), uai, schoolDelegation.getAuthor(),
			schoolDelegation.getCreateDate(
			).toInstant(),
			schoolDelegation.getReason());
	}

	private final LongSupplier _companyIdSupplier;
	private final SchoolDelegationLocalService _schoolDelegationLocalService;

}
