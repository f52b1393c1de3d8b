package org.preau.itests.portal.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Tiny bundles written on the fly, each with one defect the harness must report.
 */
public class TestBundles {

	/**
	 * A bundle with one component whose implementation class the bundle does not hold.
	 */
	public static Path componentWithMissingClass(Path folder)
		throws IOException {

		return _bundle(
			folder, "org.preau.itests.broken.missing.clazz", Map.of(),
			"<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" " +
				"immediate=\"true\" name=\"org.preau.itests.broken.MissingClass\">" +
					"<implementation class=\"org.preau.itests.broken.MissingClass\"/>" +
						"</scr:component>");
	}

	/**
	 * A bundle with one component that references a portal service the harness does not provide, as a component
	 * would that references a service no deployed bundle publishes.
	 */
	public static Path componentWithUnprovidedReference(Path folder)
		throws IOException {

		return _bundle(
			folder, "org.preau.itests.broken.reference", Map.of(),
			"<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" " +
				"name=\"org.preau.itests.broken.UnprovidedReference\">" +
					"<service><provide interface=\"java.lang.Runnable\"/></service>" +
						"<reference name=\"_layoutLocalService\" " +
							"interface=\"com.liferay.portal.kernel.service.LayoutLocalService\"/>" +
								"<implementation class=\"java.lang.Object\"/>" +
									"</scr:component>");
	}

	/**
	 * A bundle importing a package that release.portal.api does not hold.
	 */
	public static Path importOfAbsentPackage(Path folder) throws IOException {
		return _bundle(
			folder, "org.preau.itests.broken.imports",
			Map.of(
				"Import-Package",
				"com.liferay.portal.kernel.service,com.liferay.portal.kernel.nowhere;version=\"[1,2)\""),
			null);
	}

	private static Path _bundle(
			Path folder, String symbolicName, Map<String, String> headers,
			String componentXml)
		throws IOException {

		Manifest manifest = new Manifest();

		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", symbolicName);
		attributes.putValue("Bundle-Version", "1.0.0");

		headers.forEach(attributes::putValue);

		if (componentXml != null) {
			attributes.putValue("Service-Component", "OSGI-INF/component.xml");
		}

		Path jar = folder.resolve(symbolicName + ".jar");

		try (OutputStream outputStream = Files.newOutputStream(jar);
			JarOutputStream jarOutputStream = new JarOutputStream(
				outputStream, manifest)) {

			if (componentXml != null) {
				jarOutputStream.putNextEntry(
					new JarEntry("OSGI-INF/component.xml"));
				jarOutputStream.write(
					componentXml.getBytes(StandardCharsets.UTF_8));
				jarOutputStream.closeEntry();
			}
		}

		return jar;
	}

}
