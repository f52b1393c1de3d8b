package org.preau.itests.portal.deploy;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.util.PropsUtil;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.log.LoggerFactory;

/**
 * A Felix framework standing in for the portal's module framework: its system bundle exports what release.portal.api
 * holds, Felix SCR 2.1 runs the components, test doubles play the portal services. It deploys bundles and reports why
 * they would not work in the portal.
 */
public class PortalHarness {

	/**
	 * Returns the bundles of the test class path by symbolic name: jars, or the target/classes folders of a reactor
	 * build (which hold the manifest bnd wrote).
	 */
	public static Map<String, Path> classPathBundles() {
		Map<String, Path> bundles = new LinkedHashMap<>();

		for (String entry :
				System.getProperty(
					"java.class.path"
				).split(
					File.pathSeparator
				)) {

			Path path = Paths.get(entry);

			String symbolicName = _symbolicName(path);

			if (symbolicName != null) {
				bundles.putIfAbsent(symbolicName, path);
			}
		}

		return bundles;
	}

	/**
	 * Starts a framework, deploys the bundles, asks every component of theirs for its services, and reports.
	 */
	public static DeployReport deploy(List<Path> bundlePaths)
		throws BundleException, InterruptedException, IOException {

		Path storage = Files.createTempDirectory("preau-portal-deploy");

		Map<String, String> configuration = new HashMap<>();

		configuration.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		configuration.put(
			Constants.FRAMEWORK_STORAGE_CLEAN,
			Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		configuration.put(
			Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, _systemPackages());
		configuration.put("ds.loglevel", "warn");

		// Service Builder persistence reads these portal utilities while it activates; the portal sets them at startup

		PropsUtil.setProps(PortalServices.props());
		DBManagerUtil.setDBManager(PortalServices.dbManager());

		Framework framework = new FrameworkFactory().newFramework(
			configuration);

		DeployReport deployReport = new DeployReport();

		try {
			framework.init();

			BundleContext bundleContext = framework.getBundleContext();

			ScrLog scrLog = new ScrLog();

			bundleContext.registerService(
				LoggerFactory.class, scrLog.loggerFactory(),
				new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 1000)));

			PortalServices.register(bundleContext);

			framework.start();

			Path scr = classPathBundles().get("org.apache.felix.scr");

			if (scr == null) {
				throw new IllegalStateException(
					"Felix SCR is not on the test class path");
			}

			_install(bundleContext, scr).start();

			List<Bundle> bundles = new ArrayList<>();

			for (Path bundlePath : bundlePaths) {
				bundles.add(_install(bundleContext, bundlePath));
			}

			_start(framework, bundles, deployReport);

			_publishAopServices(bundleContext);

			_checkComponents(bundleContext, bundles, deployReport);

			for (String error : scrLog.errors()) {
				deployReport.addScrError(error);
			}

			for (String warning : scrLog.warnings()) {
				deployReport.addScrWarning(warning);
			}
		}
		finally {
			framework.stop();
			framework.waitForStop(10000);

			_delete(storage);
		}

		return deployReport;
	}

	/**
	 * The portal's own bundles, in the order they are deployed.
	 */
	public static List<Path> portalBundles() {
		Map<String, Path> classPathBundles = classPathBundles();

		List<Path> paths = new ArrayList<>();

		for (String symbolicName : PORTAL_BUNDLES) {
			Path path = classPathBundles.get(symbolicName);

			if (path == null) {
				throw new IllegalStateException(
					symbolicName + " is not on the test class path");
			}

			paths.add(path);
		}

		return paths;
	}

	/**
	 * Returns how many packages the system bundle exports from the API jar.
	 */
	public static int systemPackageCount() {
		_systemPackages();

		return _systemPackageCount;
	}

	public static final List<String> PORTAL_BUNDLES = List.of(
		"org.preau.core", "org.freemarker.freemarker", "org.preau.web",
		"org.apache.commons.commons-codec", "org.apache.commons.commons-io",
		"org.apache.commons.commons-csv",
		"org.apache.commons.commons-logging", "org.apache.pdfbox.io",
		"org.apache.pdfbox.fontbox", "org.apache.pdfbox", "org.preau.feeds",
		"org.preau.liferay.api", "org.preau.liferay.service",
		"org.preau.liferay.web");

	private static void _checkComponents(
		BundleContext bundleContext, List<Bundle> bundles,
		DeployReport deployReport) {

		ServiceReference<ServiceComponentRuntime> serviceReference =
			bundleContext.getServiceReference(ServiceComponentRuntime.class);

		if (serviceReference == null) {
			deployReport.addNotStarted(
				"org.apache.felix.scr: no ServiceComponentRuntime");

			return;
		}

		ServiceComponentRuntime serviceComponentRuntime =
			bundleContext.getService(serviceReference);

		Bundle[] started = bundles.stream(
		).filter(
			bundle -> bundle.getState() == Bundle.ACTIVE
		).toArray(
			Bundle[]::new
		);

		if (started.length == 0) {
			return;
		}

		List<ComponentDescriptionDTO> componentDescriptionDTOs =
			new ArrayList<>(
				serviceComponentRuntime.getComponentDescriptionDTOs(started));

		componentDescriptionDTOs.sort(
			Comparator.comparing(
				componentDescriptionDTO -> componentDescriptionDTO.name));

		// Delayed components only activate when someone uses their service

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentDescriptionDTOs) {

			_getServices(bundleContext, componentDescriptionDTO.name);
		}

		List<String> activeComponents = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentDescriptionDTOs) {

			String name =
				componentDescriptionDTO.bundle.symbolicName + "/" +
					componentDescriptionDTO.name;

			if (!serviceComponentRuntime.isComponentEnabled(
					componentDescriptionDTO)) {

				deployReport.addInactiveComponent(name + " is disabled");

				continue;
			}

			List<ComponentConfigurationDTO> componentConfigurationDTOs =
				new ArrayList<>(
					serviceComponentRuntime.getComponentConfigurationDTOs(
						componentDescriptionDTO));

			if (componentConfigurationDTOs.isEmpty()) {
				deployReport.addInactiveComponent(
					name + " has no configuration (configuration policy " +
						componentDescriptionDTO.configurationPolicy + ")");
			}

			for (ComponentConfigurationDTO componentConfigurationDTO :
					componentConfigurationDTOs) {

				if (componentConfigurationDTO.state ==
						ComponentConfigurationDTO.ACTIVE) {

					activeComponents.add(name);

					continue;
				}

				StringBuilder sb = new StringBuilder();

				sb.append(name);
				sb.append(" is ");
				sb.append(_stateName(componentConfigurationDTO.state));

				for (UnsatisfiedReferenceDTO unsatisfiedReferenceDTO :
						componentConfigurationDTO.unsatisfiedReferences) {

					sb.append("; unsatisfied reference ");
					sb.append(unsatisfiedReferenceDTO.name);
					sb.append(" to ");
					sb.append(
						_interfaceName(
							componentDescriptionDTO,
							unsatisfiedReferenceDTO.name));

					if (unsatisfiedReferenceDTO.target != null) {
						sb.append(" ");
						sb.append(unsatisfiedReferenceDTO.target);
					}
				}

				deployReport.addInactiveComponent(sb.toString());
			}
		}

		deployReport.setActiveComponents(activeComponents);
	}

	private static void _delete(Path path) throws IOException {
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				file -> file.toFile(
				).delete()
			);
		}
	}

	private static void _getServices(
		BundleContext bundleContext, String componentName) {

		try {
			ServiceReference<?>[] serviceReferences =
				bundleContext.getServiceReferences(
					(String)null, "(component.name=" + componentName + ")");

			if (serviceReferences == null) {
				return;
			}

			for (ServiceReference<?> serviceReference : serviceReferences) {
				bundleContext.getService(serviceReference);
			}
		}
		catch (org.osgi.framework.InvalidSyntaxException
					invalidSyntaxException) {

			throw new IllegalArgumentException(invalidSyntaxException);
		}
	}

	private static Bundle _install(BundleContext bundleContext, Path path)
		throws BundleException {

		String location = path.toUri(
		).toString();

		if (Files.isDirectory(path)) {
			location = "reference:" + location;
		}

		return bundleContext.installBundle(location);
	}

	private static String _interfaceName(
		ComponentDescriptionDTO componentDescriptionDTO, String referenceName) {

		for (org.osgi.service.component.runtime.dto.ReferenceDTO referenceDTO :
				componentDescriptionDTO.references) {

			if (referenceDTO.name.equals(referenceName)) {
				return referenceDTO.interfaceName;
			}
		}

		return "?";
	}

	/**
	 * Plays the portal's AOP: it publishes each Service Builder AopService under the interfaces it declares
	 * (AuditEventLocalService...), without the transactions the portal wraps around them.
	 */
	private static void _publishAopServices(BundleContext bundleContext)
		throws IOException {

		ServiceReference<?>[] serviceReferences;

		try {
			serviceReferences = bundleContext.getServiceReferences(
				AopService.class.getName(), null);
		}
		catch (org.osgi.framework.InvalidSyntaxException
					invalidSyntaxException) {

			throw new IllegalStateException(invalidSyntaxException);
		}

		if (serviceReferences == null) {
			return;
		}

		for (ServiceReference<?> serviceReference : serviceReferences) {
			AopService aopService = (AopService)bundleContext.getService(
				serviceReference);

			if (aopService == null) {
				continue;
			}

			aopService.setAopProxy(aopService);

			List<String> interfaceNames = new ArrayList<>();

			for (Class<?> aopInterface : aopService.getAopInterfaces()) {
				interfaceNames.add(aopInterface.getName());
			}

			Hashtable<String, Object> properties = new Hashtable<>();

			for (String key : serviceReference.getPropertyKeys()) {
				if (!key.equals(Constants.OBJECTCLASS) &&
					!key.equals(Constants.SERVICE_ID) &&
					!key.startsWith("component.") &&
					!key.startsWith("service.")) {

					properties.put(key, serviceReference.getProperty(key));
				}
			}

			serviceReference.getBundle(
			).getBundleContext(
			).registerService(
				interfaceNames.toArray(new String[0]), aopService, properties
			);
		}
	}

	private static void _start(
		Framework framework, List<Bundle> bundles, DeployReport deployReport) {

		framework.adapt(
			FrameworkWiring.class
		).resolveBundles(
			bundles
		);

		for (Bundle bundle : bundles) {
			try {
				bundle.start();
			}
			catch (BundleException bundleException) {
				if (bundle.getState() == Bundle.INSTALLED) {
					deployReport.addUnresolved(
						bundle.getSymbolicName() + ": " +
							bundleException.getMessage());
				}
				else {
					deployReport.addNotStarted(
						bundle.getSymbolicName() + ": " + bundleException);
				}
			}
		}
	}

	private static String _stateName(int state) {
		if (state == ComponentConfigurationDTO.SATISFIED) {
			return "SATISFIED but not activated";
		}

		if (state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
			return "UNSATISFIED_CONFIGURATION";
		}

		if (state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
			return "UNSATISFIED_REFERENCE";
		}

		if (state == _FAILED_ACTIVATION) {
			return "FAILED_ACTIVATION";
		}

		return "in state " + state;
	}

	private static String _symbolicName(Path path) {
		try {
			Manifest manifest = null;

			if (Files.isDirectory(path)) {
				Path manifestPath = path.resolve("META-INF/MANIFEST.MF");

				if (Files.isRegularFile(manifestPath)) {
					try (InputStream inputStream = Files.newInputStream(
							manifestPath)) {

						manifest = new Manifest(inputStream);
					}
				}
			}
			else if (Files.isRegularFile(path) &&
					 path.toString().endsWith(".jar")) {

				try (JarFile jarFile = new JarFile(path.toFile())) {
					manifest = jarFile.getManifest();
				}
			}

			if (manifest == null) {
				return null;
			}

			String symbolicName = manifest.getMainAttributes(
			).getValue(
				Constants.BUNDLE_SYMBOLICNAME
			);

			if (symbolicName == null) {
				return null;
			}

			return symbolicName.split(
				";"
			)[0].trim();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static synchronized String _systemPackages() {
		if (_systemPackages == null) {
			Map<String, Path> jars = new HashMap<>();

			for (String entry :
					System.getProperty(
						"java.class.path"
					).split(
						File.pathSeparator
					)) {

				Path path = Paths.get(entry);
				String fileName = path.getFileName(
				).toString();

				if (fileName.startsWith("release.portal.api-")) {
					jars.put("api", path);
				}
				else if (fileName.startsWith(
							"org.apache.felix.framework-")) {

					jars.put("framework", path);
				}
				else if (fileName.startsWith("javax.mail-")) {
					jars.put("mail", path);
				}
			}

			if (jars.size() != 3) {
				throw new IllegalStateException(
					"the Felix framework, release.portal.api and javax.mail " +
						"must be on the test class path");
			}

			// Felix exports org.osgi.framework* and the other core packages itself, at their current versions

			Set<String> frameworkPackages =
				PortalApiPackages.packagesWithClasses(jars.get("framework"));

			TreeMap<String, String> versions = PortalApiPackages.scan(
				jars.get("api"), frameworkPackages);

			// The portal exports the javax.mail of its own class path too, which MailService's messages take

			versions.putAll(
				PortalApiPackages.scan(jars.get("mail"), frameworkPackages));

			_systemPackageCount = versions.size();
			_systemPackages = PortalApiPackages.toSystemPackages(versions);
		}

		return _systemPackages;
	}

	// DS 1.5's ComponentConfigurationDTO.FAILED_ACTIVATION, which SCR 2.1 already reports while the API jar holds DS 1.4

	private static final int _FAILED_ACTIVATION = 16;

	private static int _systemPackageCount;
	private static String _systemPackages;

}
