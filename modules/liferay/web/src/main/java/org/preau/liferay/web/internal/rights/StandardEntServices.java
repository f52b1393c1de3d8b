package org.preau.liferay.web.internal.rights;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.port.out.EntServiceProvider;
import org.preau.core.rights.service.ServiceCatalogue;

/**
 * The standard ENT services and the académie's shipped defaults for them, registered in the portal like any other
 * bundle's services, so that the catalogue has one way in.
 */
@Component(service = EntServiceProvider.class)
public class StandardEntServices implements EntServiceProvider {

	@Override
	public Set<Grant> defaults() {
		return _STANDARD.defaults();
	}

	@Override
	public List<EntService> services() {
		return _STANDARD.services();
	}

	private static final EntServiceProvider _STANDARD =
		ServiceCatalogue.standardProvider();

}
