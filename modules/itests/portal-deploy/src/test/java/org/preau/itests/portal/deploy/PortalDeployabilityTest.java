package org.preau.itests.portal.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal bundles resolve against the GA112 API and every component of theirs activates; and the check does fail
 * when a bundle would not work in the portal.
 */
public class PortalDeployabilityTest {

	@Test
	public void givenABundleImportingAPackageTheApiLacks_thenItIsReportedUnresolved(
			@TempDir Path folder)
		throws Exception {

		DeployReport deployReport = PortalHarness.deploy(
			_withPortalBundles(TestBundles.importOfAbsentPackage(folder)));

		System.out.println(deployReport);

		Assertions.assertFalse(deployReport.isDeployable());
		Assertions.assertEquals(
			1, deployReport.getUnresolved().size(), deployReport.toString());

		String unresolved = deployReport.getUnresolved().get(0);

		Assertions.assertTrue(
			unresolved.startsWith("org.preau.itests.broken.imports: "),
			unresolved);
		Assertions.assertTrue(
			unresolved.contains("com.liferay.portal.kernel.nowhere"),
			unresolved);
		Assertions.assertTrue(
			deployReport.getInactiveComponents().isEmpty(),
			deployReport.toString());
	}

	@Test
	public void givenAComponentReferencingAServiceNobodyProvides_thenItIsReportedUnsatisfied(
			@TempDir Path folder)
		throws Exception {

		DeployReport deployReport = PortalHarness.deploy(
			_withPortalBundles(
				TestBundles.componentWithUnprovidedReference(folder)));

		System.out.println(deployReport);

		Assertions.assertFalse(deployReport.isDeployable());
		Assertions.assertEquals(
			List.of(
				"org.preau.itests.broken.reference/" +
					"org.preau.itests.broken.UnprovidedReference is " +
						"UNSATISFIED_REFERENCE; unsatisfied reference " +
							"_layoutLocalService to " +
								"com.liferay.portal.kernel.service.LayoutLocalService"),
			deployReport.getInactiveComponents());
		Assertions.assertTrue(
			deployReport.getUnresolved().isEmpty(), deployReport.toString());
	}

	@Test
	public void givenAComponentThatCannotBeCreated_thenTheScrErrorFailsTheCheck(
			@TempDir Path folder)
		throws Exception {

		DeployReport deployReport = PortalHarness.deploy(
			_withPortalBundles(TestBundles.componentWithMissingClass(folder)));

		System.out.println(deployReport);

		Assertions.assertFalse(deployReport.isDeployable());
		Assertions.assertFalse(
			deployReport.getScrErrors().isEmpty(), deployReport.toString());
		Assertions.assertTrue(
			deployReport.getScrErrors().stream().anyMatch(
				line -> line.contains("org.preau.itests.broken.MissingClass")),
			deployReport.toString());
	}

	@Test
	public void givenThePortalBundles_thenAllResolveStartAndEveryComponentIsActive()
		throws Exception {

		DeployReport deployReport = PortalHarness.deploy(
			PortalHarness.portalBundles());

		deployReport.assertDeployable();

		Assertions.assertTrue(
			PortalHarness.systemPackageCount() > 2000,
			"the system bundle exports the API's packages");
		Assertions.assertTrue(
			deployReport.getActiveComponents().contains(
				"org.preau.liferay.web/" +
					"org.preau.liferay.web.internal.portlet." +
						"EstablishmentOverviewPortlet"),
			deployReport.toString());
		Assertions.assertTrue(
			deployReport.getActiveComponents().contains(
				"org.preau.liferay.web/" +
					"org.preau.liferay.web.internal.PreauPortalServices"),
			deployReport.toString());

		for (String component :
				List.of(
					"application.list.DirectoryPanelApp",
					"application.list.ImportsPanelApp",
					"application.list.RightsPanelApp",
					"background.task.ImportBackgroundTaskExecutor",
					"model.listener.PasswordTicketModelListener",
					"portlet.DirectoryPortlet", "portlet.ImportsPortlet",
					"portlet.RightsPortlet",
					"portlet.action.CopyRightsMVCActionCommand",
					"portlet.action.CreateGuestMVCActionCommand",
					"portlet.action.DownloadImportReportMVCResourceCommand",
					"portlet.action.EditDelegationsMVCActionCommand",
					"portlet.action.EditMessagingRulesMVCActionCommand",
					"portlet.action.EditModulesMVCActionCommand",
					"portlet.action.EditRightsDefaultsMVCActionCommand",
					"portlet.action.EditRightsMatrixMVCActionCommand",
					"portlet.action.MailCredentialsMVCActionCommand",
					"portlet.action.MergePeopleMVCActionCommand",
					"portlet.action.SubmitImportMVCActionCommand",
					"rights.StandardEntServices",
					"scheduler.ImportsSchedulerJobConfiguration")) {

			Assertions.assertTrue(
				deployReport.getActiveComponents().contains(
					"org.preau.liferay.web/org.preau.liferay.web.internal." +
						component),
				component + " in " + deployReport);
		}

		System.out.println(deployReport);
	}

	private List<Path> _withPortalBundles(Path bundle) {
		List<Path> bundles = new ArrayList<>(PortalHarness.portalBundles());

		bundles.add(bundle);

		return bundles;
	}

}
