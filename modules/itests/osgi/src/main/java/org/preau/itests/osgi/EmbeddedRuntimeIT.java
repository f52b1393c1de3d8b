package org.preau.itests.osgi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The embedded runtime as the framework sees it: its bundles, the DS components of Préau's bundles, and the admin
 * command line service.
 */
public class EmbeddedRuntimeIT {

	@BeforeEach
	public void setUp() throws InterruptedException {
		ItestRuntime.awaitServing();

		_bundleContext = ItestRuntime.bundleContext();
	}

	@Test
	public void givenCommandLineService_whenCommandIsUnknown_thenItReturnsTwo()
		throws Exception {

		Function<String[], Integer> commandLine = _commandLine();

		Assertions.assertEquals(
			2, commandLine.apply(new String[] {"no-such-command"}),
			"A usage error exits with status 2, as the launcher's own do");
	}

	@Test
	public void givenCommandLineService_whenHelpIsRun_thenItReturnsZero()
		throws Exception {

		Function<String[], Integer> commandLine = _commandLine();

		Assertions.assertEquals(0, commandLine.apply(new String[] {"help"}));
	}

	@Test
	public void givenEmbeddedRuntime_whenItServes_thenEveryBundleIsActive() {
		Set<String> symbolicNames = new TreeSet<>();
		List<String> problems = new ArrayList<>();

		for (Bundle bundle : _bundleContext.getBundles()) {
			symbolicNames.add(bundle.getSymbolicName());

			boolean fragment =
				bundle.getHeaders(
				).get(
					Constants.FRAGMENT_HOST
				) != null;

			int expectedState = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;

			if (bundle.getState() != expectedState) {
				problems.add(
					bundle.getSymbolicName() + " " + bundle.getVersion() +
						" is " + _bundleState(bundle.getState()));
			}
		}

		Assertions.assertTrue(
			symbolicNames.containsAll(_EXPECTED_BUNDLES),
			"The framework lacks bundles of the embedded runtime; it has " +
				symbolicNames);
		Assertions.assertTrue(
			problems.isEmpty(), "Bundles not started: " + problems);
	}

	@Test
	public void givenEmbeddedRuntime_whenItServes_thenEveryPreauComponentIsActive()
		throws Exception {

		ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime>
			serviceTracker = new ServiceTracker<>(
				_bundleContext, ServiceComponentRuntime.class, null);

		serviceTracker.open();

		try {
			ServiceComponentRuntime serviceComponentRuntime =
				serviceTracker.waitForService(
					ItestRuntime.STARTUP_TIMEOUT.toMillis());

			Assertions.assertNotNull(
				serviceComponentRuntime, "Felix SCR registered no runtime");

			Collection<ComponentDescriptionDTO> componentDescriptionDTOs =
				serviceComponentRuntime.getComponentDescriptionDTOs(
					_preauBundles());

			Set<String> names = componentDescriptionDTOs.stream(
			).map(
				componentDescriptionDTO -> componentDescriptionDTO.name
			).collect(
				Collectors.toCollection(TreeSet::new)
			);

			Assertions.assertTrue(
				names.contains(_PREAU_RUNTIME),
				"SCR knows no " + _PREAU_RUNTIME + "; it knows " + names);

			List<String> problems = new ArrayList<>();

			for (ComponentDescriptionDTO componentDescriptionDTO :
					componentDescriptionDTOs) {

				problems.addAll(
					_problems(serviceComponentRuntime, componentDescriptionDTO));
			}

			Assertions.assertTrue(
				problems.isEmpty(),
				"Components not active:\n" + String.join("\n", problems));
		}
		finally {
			serviceTracker.close();
		}
	}

	private static String _bundleState(int state) {
		switch (state) {
			case Bundle.ACTIVE:
				return "ACTIVE";
			case Bundle.INSTALLED:
				return "INSTALLED";
			case Bundle.RESOLVED:
				return "RESOLVED";
			case Bundle.STARTING:
				return "STARTING";
			case Bundle.STOPPING:
				return "STOPPING";
			default:
				return "UNINSTALLED";
		}
	}

	private static String _componentState(int state) {
		switch (state) {
			case ComponentConfigurationDTO.ACTIVE:
				return "ACTIVE";
			case ComponentConfigurationDTO.FAILED_ACTIVATION:
				return "FAILED_ACTIVATION";
			case ComponentConfigurationDTO.SATISFIED:
				return "SATISFIED";
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
				return "UNSATISFIED_CONFIGURATION";
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
				return "UNSATISFIED_REFERENCE";
			default:
				return String.valueOf(state);
		}
	}

	/**
	 * The configurations of a component once none is still on its way to being active (SCR activates some of them
	 * asynchronously).
	 */
	private Collection<ComponentConfigurationDTO> _awaitConfigurations(
			ServiceComponentRuntime serviceComponentRuntime,
			ComponentDescriptionDTO componentDescriptionDTO)
		throws InterruptedException {

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);

		while (true) {
			Collection<ComponentConfigurationDTO> componentConfigurationDTOs =
				serviceComponentRuntime.getComponentConfigurationDTOs(
					componentDescriptionDTO);

			boolean settled = componentConfigurationDTOs.stream(
			).allMatch(
				componentConfigurationDTO ->
					(componentConfigurationDTO.state ==
						ComponentConfigurationDTO.ACTIVE) ||
					(componentConfigurationDTO.state ==
						ComponentConfigurationDTO.FAILED_ACTIVATION)
			);

			if (settled || (System.nanoTime() > deadline)) {
				return componentConfigurationDTOs;
			}

			Thread.sleep(100);
		}
	}

	@SuppressWarnings("unchecked")
	private Function<String[], Integer> _commandLine() throws Exception {
		Filter filter = FrameworkUtil.createFilter(
			"(&(objectClass=" + Function.class.getName() +
				")(preau.command.line=true))");

		ServiceTracker<Object, Object> serviceTracker = new ServiceTracker<>(
			_bundleContext, filter, null);

		serviceTracker.open();

		try {
			Object service = serviceTracker.waitForService(
				ItestRuntime.STARTUP_TIMEOUT.toMillis());

			Assertions.assertNotNull(
				service, "No service matches " + filter + " within " +
					ItestRuntime.STARTUP_TIMEOUT);

			return (Function<String[], Integer>)service;
		}
		finally {
			serviceTracker.close();
		}
	}

	private Bundle[] _preauBundles() {
		return Arrays.stream(
			_bundleContext.getBundles()
		).filter(
			bundle -> bundle.getSymbolicName(
			).startsWith(
				"org.preau."
			)
		).filter(
			bundle -> !bundle.equals(_bundleContext.getBundle())
		).toArray(
			Bundle[]::new
		);
	}

	/**
	 * Why a component is not active, if it is not. A delayed component is only activated when someone gets its
	 * service, so the check gets it first, as any client would.
	 */
	private List<String> _problems(
			ServiceComponentRuntime serviceComponentRuntime,
			ComponentDescriptionDTO componentDescriptionDTO)
		throws Exception {

		String name = componentDescriptionDTO.name;

		if (!serviceComponentRuntime.isComponentEnabled(
				componentDescriptionDTO)) {

			return List.of(name + " is disabled");
		}

		List<ServiceReference<?>> serviceReferences = new ArrayList<>();

		if (!componentDescriptionDTO.immediate &&
			(componentDescriptionDTO.serviceInterfaces.length > 0)) {

			ServiceReference<?>[] found = _bundleContext.getServiceReferences(
				(String)null, "(component.name=" + name + ")");

			if (found != null) {
				for (ServiceReference<?> serviceReference : found) {
					_bundleContext.getService(serviceReference);

					serviceReferences.add(serviceReference);
				}
			}
		}

		try {
			Collection<ComponentConfigurationDTO> componentConfigurationDTOs =
				_awaitConfigurations(
					serviceComponentRuntime, componentDescriptionDTO);

			if (componentConfigurationDTOs.isEmpty()) {
				return List.of(name + " has no configuration");
			}

			List<String> problems = new ArrayList<>();

			for (ComponentConfigurationDTO componentConfigurationDTO :
					componentConfigurationDTOs) {

				if (componentConfigurationDTO.state ==
						ComponentConfigurationDTO.ACTIVE) {

					continue;
				}

				StringBuilder sb = new StringBuilder();

				sb.append(name);
				sb.append(" is ");
				sb.append(_componentState(componentConfigurationDTO.state));

				for (UnsatisfiedReferenceDTO unsatisfiedReferenceDTO :
						componentConfigurationDTO.unsatisfiedReferences) {

					sb.append("; unsatisfied reference ");
					sb.append(unsatisfiedReferenceDTO.name);
					sb.append(" ");
					sb.append(unsatisfiedReferenceDTO.target);
				}

				if (componentConfigurationDTO.failure != null) {
					sb.append("; failure: ");
					sb.append(componentConfigurationDTO.failure);
				}

				problems.add(sb.toString());
			}

			return problems;
		}
		finally {
			for (ServiceReference<?> serviceReference : serviceReferences) {
				_bundleContext.ungetService(serviceReference);
			}
		}
	}

	private static final Set<String> _EXPECTED_BUNDLES = Set.of(
		"org.apache.felix.http.jetty", "org.apache.felix.scr", "org.preau.core",
		"org.preau.embedded", "org.preau.feeds", "org.preau.store.jdbc",
		"org.preau.web");

	private static final String _PREAU_RUNTIME =
		"org.preau.embedded.internal.PreauRuntime";

	private BundleContext _bundleContext;

}
