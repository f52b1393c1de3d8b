package org.preau.core.rights.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.StandardServices;
import org.preau.core.rights.port.out.EntServiceProvider;

/**
 * The services the providers offer now: a whiteboard that a host feeds as providers come and go. Where two providers
 * offer the same key, the first one keeps it. Each change bumps a version, so that the rights are compiled again.
 */
public final class ServiceCatalogue {

	/**
	 * The provider of the standard services and the académie's shipped defaults for them.
	 */
	public static EntServiceProvider standardProvider() {
		return _STANDARD;
	}

	/**
	 * A catalogue of the standard services only, for a host without a whiteboard.
	 */
	public static ServiceCatalogue standard() {
		ServiceCatalogue serviceCatalogue = new ServiceCatalogue();

		serviceCatalogue.add(_STANDARD);

		return serviceCatalogue;
	}

	public void add(EntServiceProvider entServiceProvider) {
		_providers.add(entServiceProvider);

		_version.incrementAndGet();
	}

	/**
	 * The default cells of every provider, for the services it offers.
	 */
	public Set<Grant> defaults() {
		Map<String, EntService> services = _services();

		Set<Grant> defaults = new LinkedHashSet<>();

		for (EntServiceProvider entServiceProvider : _providers) {
			for (Grant grant : entServiceProvider.defaults()) {
				EntService entService = services.get(grant.serviceKey());

				if ((entService != null) &&
					entService.actions().contains(grant.action())) {

					defaults.add(grant);
				}
			}
		}

		return defaults;
	}

	public void remove(EntServiceProvider entServiceProvider) {
		_providers.remove(entServiceProvider);

		_version.incrementAndGet();
	}

	public List<EntService> services() {
		return new ArrayList<>(_services().values());
	}

	public long version() {
		return _version.get();
	}

	private Map<String, EntService> _services() {
		Map<String, EntService> services = new LinkedHashMap<>();

		for (EntServiceProvider entServiceProvider : _providers) {
			for (EntService entService : entServiceProvider.services()) {
				services.putIfAbsent(entService.key(), entService);
			}
		}

		return services;
	}

	private static final EntServiceProvider _STANDARD =
		new EntServiceProvider() {

			@Override
			public Set<Grant> defaults() {
				return StandardServices.defaults();
			}

			@Override
			public List<EntService> services() {
				return StandardServices.all();
			}

		};

	private final List<EntServiceProvider> _providers =
		new CopyOnWriteArrayList<>();
	private final AtomicLong _version = new AtomicLong();

}
