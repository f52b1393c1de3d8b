package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;

import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.port.out.Distributions;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.model.CodeDistribution;
import org.preau.liferay.service.CodeDistributionLocalService;

/**
 * The credential distributions of the portal instance's schools, in Préau's CodeDistribution table.
 */
public class PortalDistributions implements Distributions {

	public PortalDistributions(
		LongSupplier companyIdSupplier,
		CodeDistributionLocalService codeDistributionLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_codeDistributionLocalService = codeDistributionLocalService;
	}

	@Override
	public List<Distribution> recent(Uai uai, int limit) {
		List<Distribution> distributions = new ArrayList<>();

		for (CodeDistribution codeDistribution :
				_codeDistributionLocalService.getCodeDistributions(
					_companyIdSupplier.getAsLong(), uai.value(), 0, limit)) {

			distributions.add(
				new Distribution(
					codeDistribution.getCreateDate(
					).toInstant(),
					codeDistribution.getActor(),
					Uai.of(codeDistribution.getUai()),
					codeDistribution.getKind(), codeDistribution.getScope(),
					codeDistribution.getPersonCount()));
		}

		return distributions;
	}

	@Override
	public void record(Distribution distribution) {
		_codeDistributionLocalService.addCodeDistribution(
			_companyIdSupplier.getAsLong(),
			distribution.uai(
			).value(),
			distribution.actor(), distribution.kind(), distribution.scope(),
			distribution.count(), Date.from(distribution.at()));
	}

	private final CodeDistributionLocalService _codeDistributionLocalService;
	private final LongSupplier _companyIdSupplier;

}
