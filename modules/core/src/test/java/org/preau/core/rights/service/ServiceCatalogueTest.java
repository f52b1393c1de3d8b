package org.preau.core.rights.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.model.StandardServices;
import org.preau.core.rights.port.out.EntServiceProvider;

public class ServiceCatalogueTest {

	@Test
	public void givenProviderComesAndGoes_thenItsServicesAndDefaultsDoTooAndTheVersionMoves() {
		ServiceCatalogue serviceCatalogue = ServiceCatalogue.standard();

		long version = serviceCatalogue.version();

		EntServiceProvider laboratory = _provider(
			new EntService("laboratory", EnumSet.of(ServiceAction.CONSULT)),
			Set.of(
				Grant.of(RightsRole.TEACHER, "laboratory", ServiceAction.CONSULT),
				Grant.of(RightsRole.PUPIL, "laboratory", ServiceAction.MANAGE)));

		serviceCatalogue.add(laboratory);

		Assertions.assertTrue(serviceCatalogue.version() > version);
		Assertions.assertEquals(
			StandardServices.all().size() + 1,
			serviceCatalogue.services().size());
		Assertions.assertTrue(
			serviceCatalogue.defaults().contains(
				Grant.of(
					RightsRole.TEACHER, "laboratory", ServiceAction.CONSULT)));
		Assertions.assertFalse(
			serviceCatalogue.defaults().contains(
				Grant.of(RightsRole.PUPIL, "laboratory", ServiceAction.MANAGE)),
			"a default for an action the service does not know is left out");

		version = serviceCatalogue.version();

		serviceCatalogue.remove(laboratory);

		Assertions.assertTrue(serviceCatalogue.version() > version);
		Assertions.assertEquals(
			StandardServices.all(), serviceCatalogue.services());
		Assertions.assertEquals(
			StandardServices.defaults(), serviceCatalogue.defaults());
	}

	@Test
	public void givenTwoProvidersOfTheSameKey_thenTheFirstKeepsIt() {
		ServiceCatalogue serviceCatalogue = ServiceCatalogue.standard();

		serviceCatalogue.add(
			_provider(
				new EntService(
					StandardServices.SANCTIONS,
					EnumSet.of(ServiceAction.CONSULT)),
				Set.of()));

		EntService sanctions = serviceCatalogue.services(
		).stream(
		).filter(
			entService -> entService.key().equals(StandardServices.SANCTIONS)
		).collect(
			Collectors.toList()
		).get(
			0
		);

		Assertions.assertEquals(
			EnumSet.allOf(ServiceAction.class), sanctions.actions());
		Assertions.assertEquals(
			StandardServices.all().size(), serviceCatalogue.services().size());
	}

	private static EntServiceProvider _provider(
		EntService entService, Set<Grant> defaults) {

		return new EntServiceProvider() {

			@Override
			public Set<Grant> defaults() {
				return defaults;
			}

			@Override
			public List<EntService> services() {
				return List.of(entService);
			}

		};
	}

}
