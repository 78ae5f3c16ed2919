package io.github.newsmodel.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every model type of newsmodel.
 *
 * <p>Model types are interfaces with a nested {@code Builder} that extends the generated builder
 * (the "sandwich" style), so user code never names the generated {@code Immutable*} classes.
 * Optional values are {@link java.util.Optional}s (absent means JSON {@code null}); builders accept
 * {@code null} for them. Collections are JDK lists that keep insertion order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "evidence:evidence"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC)
public @interface NewsStyle {}
