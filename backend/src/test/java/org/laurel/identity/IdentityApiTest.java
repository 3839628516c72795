package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

@MicronautTest(transactional = false)
class IdentityApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void registrationCreatesAnApplicantAndAnswers201WithLocation() {
        String email = uniqueEmail("Reg");
        Api.Result r = api().post(
                        "/api/auth/register",
                        Map.of(
                                "email",
                                email,
                                "password",
                                PASSWORD,
                                "displayName",
                                "Wang Wei",
                                "organization",
                                "Photon Labs"),
                        null);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/admin/users/" + r.get("id"));
        assertThat(r.get("email")).isEqualTo(email.toLowerCase());
        assertThat(r.get("roles")).isEqualTo(List.of("APPLICANT"));
        assertThat(r.get("organization")).isEqualTo("Photon Labs");
        assertThat(r.body()).doesNotContainKeys("password", "passwordHash");
    }

    @Test
    void duplicateEmailIsRefusedWith409WhateverItsCase() {
        String email = uniqueEmail("dup");
        assertThat(api().register(email, PASSWORD, "First").status()).isEqualTo(201);

        Api.Result again = api().register("  " + email.toUpperCase() + " ", PASSWORD, "Second");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat((String) again.get("type")).endsWith("/email-taken");
        assertThat((String) again.get("detail")).contains(email.toLowerCase());
    }

    @Test
    void invalidRegistrationListsEveryInvalidField() {
        Api.Result r = api().post(
                        "/api/auth/register",
                        Map.of("email", "not-an-email", "password", "short", "displayName", ""),
                        null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.get("status")).isEqualTo(400);
        assertThat(r.fields()).contains("email", "password", "displayName");
        assertThat(r.list("errors"))
                .allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
    }

    @Test
    void malformedJsonIs400ProblemNot500() {
        Api.Result r = api().send(
                        HttpRequest.POST("/api/auth/register", "{\"email\": \"a@b.c\", ")
                                .contentType(MediaType.APPLICATION_JSON_TYPE),
                        null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.get("title")).isNotNull();
    }

    @Test
    void wrongTypesAndMissingBodyAre400() {
        Api.Result wrongType = api().post(
                        "/api/auth/register",
                        Map.of("email", List.of("x"), "password", PASSWORD, "displayName", "X"),
                        null);
        Api.Result noBody = api().send(
                        HttpRequest.POST("/api/auth/register", "").contentType(MediaType.APPLICATION_JSON_TYPE), null);

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Api.Result r = api().post(
                        "/api/auth/register",
                        Map.of(
                                "email",
                                uniqueEmail("extra"),
                                "password",
                                PASSWORD,
                                "displayName",
                                "Extra",
                                "roles",
                                List.of("ADMIN"),
                                "favouriteColour",
                                "green"),
                        null);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.get("roles")).isEqualTo(List.of("APPLICANT"));
    }

    @Test
    void loginReturnsTokensAndRolesThatOpenMe() {
        String email = uniqueEmail("login");
        api().register(email, PASSWORD, "Li Na");

        Api.Result login = api().login(email.toUpperCase(), PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).containsKeys("access_token", "refresh_token", "expires_in");
        assertThat(login.get("token_type")).isEqualTo("Bearer");
        assertThat(login.get("roles")).isEqualTo(List.of("APPLICANT"));

        Api.Result me = api().get("/api/me", (String) login.get("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.get("email")).isEqualTo(email.toLowerCase());
        assertThat(me.get("displayName")).isEqualTo("Li Na");
        assertThat(me.get("roles")).isEqualTo(List.of("APPLICANT"));
    }

    @Test
    void wrongPasswordOrUnknownAccountIs401Problem() {
        String email = uniqueEmail("wrong");
        api().register(email, PASSWORD, "W");

        Api.Result wrong = api().login(email, "not-the-password");
        Api.Result unknown = api().login(uniqueEmail("nobody"), PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat((String) wrong.get("type")).endsWith("/bad-credentials");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
    }

    @Test
    void blankLoginFieldsAre400WithFields() {
        Api.Result r = api().post("/api/auth/login", Map.of("username", "", "password", ""), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).contains("username", "password");
    }

    @Test
    void meWithoutTokenIs401ProblemAndWithGarbageTokenToo() {
        Api.Result none = api().get("/api/me", null);
        Api.Result garbage = api().get("/api/me", "not.a.jwt");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(garbage.status()).isEqualTo(401);
    }

    @Test
    void refreshTokenGivesAWorkingAccessToken() {
        String email = uniqueEmail("refresh");
        api().register(email, PASSWORD, "R");
        Api.Result login = api().login(email, PASSWORD);

        Api.Result refreshed = api().refresh(login.get("refresh_token"));

        assertThat(refreshed.status()).isEqualTo(200);
        String access = (String) refreshed.get("access_token");
        assertThat(access).isNotBlank();
        assertThat(api().get("/api/me", access).get("email")).isEqualTo(email.toLowerCase());
    }

    @Test
    void forgedRefreshTokenIsRefused() {
        Api.Result r = api().refresh("forged.token.value");

        assertThat(r.status()).isBetween(400, 401);
    }
}
