package org.preau.liferay.web.internal.adapter;

import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.StoredCode;
import org.preau.core.accounts.port.out.StoredCodes;
import org.preau.liferay.model.AccountCode;
import org.preau.liferay.service.AccountCodeLocalService;

/**
 * The hashes of the codes last issued to the portal instance's logins, in Préau's AccountCode table.
 */
public class PortalStoredCodes implements StoredCodes {

	public PortalStoredCodes(
		LongSupplier companyIdSupplier,
		AccountCodeLocalService accountCodeLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_accountCodeLocalService = accountCodeLocalService;
	}

	@Override
	public Optional<StoredCode> find(String login) {
		AccountCode accountCode = _accountCodeLocalService.fetchAccountCode(
			_companyIdSupplier.getAsLong(), login);

		if (accountCode == null) {
			return Optional.empty();
		}

		return Optional.of(
			new StoredCode(
				accountCode.getLogin(), accountCode.getCodeHash(),
				CredentialMode.parse(accountCode.getMode()),
				accountCode.getCreateDate(
				).toInstant(),
				accountCode.getExpiryDate(
				).toInstant()));
	}

	@Override
	public void remove(String login) {
		_accountCodeLocalService.deleteAccountCode(
			_companyIdSupplier.getAsLong(), login);
	}

	@Override
	public void saveAll(Collection<StoredCode> codes) {
		long companyId = _companyIdSupplier.getAsLong();

		for (StoredCode code : codes) {
			_accountCodeLocalService.saveAccountCode(
				companyId, code.login(), code.hash(),
				code.mode(
				).key(),
				Date.from(code.issuedAt()), Date.from(code.expiresAt()));
		}
	}

	private final AccountCodeLocalService _accountCodeLocalService;
	private final LongSupplier _companyIdSupplier;

}
