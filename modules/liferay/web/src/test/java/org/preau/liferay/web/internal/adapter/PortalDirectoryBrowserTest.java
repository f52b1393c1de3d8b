package org.preau.liferay.web.internal.adapter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.imports.job.ImportJob;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The directory portlet's use case over the portal: people imported as portal users, listed by profile, class and
 * group, in name order, a page at a time.
 */
public class PortalDirectoryBrowserTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		_portalImports.run(
			_portalImports.fakeBackgroundTasks(
			).backgroundTasks(
			).get(
				0
			));

		Assertions.assertEquals(
			importJob.id(),
			_portalImports.fakeBackgroundTasks(
			).backgroundTasks(
			).get(
				0
			).getName());

		FakePortal fakePortal = _portalImports.fakePortal();

		_browseDirectory = PortalImportServices.directoryBrowser(
			new Auditor(
				new PortalAuditLog(
					fakePortal.auditEventLocalService(),
					() -> FakePortal.COMPANY_ID),
				Clock.systemUTC()),
			() -> FakePortal.COMPANY_ID, fakePortal.counterLocalService(),
			fakePortal.expandoValueLocalService(),
			fakePortal.organizationLocalService(), fakePortal.roleLocalService(),
			fakePortal.teachingAssignmentLocalService(),
			fakePortal.userGroupLocalService(), fakePortal.userLocalService());
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenImportedPupils_whenBrowsedByClassOrGroup_thenOnlyTheirMembersAreListed() {
		Assertions.assertEquals(
			List.of("1001"),
			_externalIds(
				_browseDirectory.browse(
					_portalImports.actor(),
					new PeopleQuery(
						PortalImports.UAI, Profile.PUPIL, "6A", null, 0, 10))));
		Assertions.assertEquals(
			List.of("1001"),
			_externalIds(
				_browseDirectory.browse(
					_portalImports.actor(),
					new PeopleQuery(
						PortalImports.UAI, null, null, "6LAT", 0, 10))));
		Assertions.assertEquals(
			List.of(),
			_externalIds(
				_browseDirectory.browse(
					_portalImports.actor(),
					new PeopleQuery(
						PortalImports.UAI, Profile.TEACHER, null, null, 0,
						10))));
	}

	@Test
	public void givenImportedPupils_whenBrowsedAPageAtATime_thenTheyComeInNameOrder() {
		PeoplePage peoplePage = _browseDirectory.browse(
			_portalImports.actor(),
			new PeopleQuery(PortalImports.UAI, null, null, null, 0, 1));

		Assertions.assertEquals(2, peoplePage.total());
		Assertions.assertTrue(peoplePage.hasNext());
		Assertions.assertEquals(List.of("1001"), _externalIds(peoplePage));

		peoplePage = _browseDirectory.browse(
			_portalImports.actor(),
			new PeopleQuery(PortalImports.UAI, null, null, null, 1, 1));

		Assertions.assertFalse(peoplePage.hasNext());
		Assertions.assertEquals(List.of("1002"), _externalIds(peoplePage));
	}

	private List<String> _externalIds(PeoplePage peoplePage) {
		List<String> externalIds = new ArrayList<>();

		for (Person person : peoplePage.people()) {
			externalIds.add(person.externalId());
		}

		return externalIds;
	}

	private BrowseDirectory _browseDirectory;
	private PortalImports _portalImports;

	@TempDir
	Path _tempDir;

}
