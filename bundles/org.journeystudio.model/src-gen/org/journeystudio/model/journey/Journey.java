/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One persona's path through an experience, as stages of steps. Steps flow along their next references, else in document order across stages; the first step of the first stage is the entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Journey#getPersona <em>Persona</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Journey#getKind <em>Kind</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Journey#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Journey#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Journey#getScope <em>Scope</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Journey#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getJourney()
 * @model
 * @generated
 */
public interface Journey extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona whose journey this is (JM101 warns when missing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Journey#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CURRENT_STATE"</code>.
	 * The literals are from the enumeration {@link org.journeystudio.model.journey.JourneyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the journey shows how things are, how they should be, what was planned or what actually happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.model.journey.JourneyKind
	 * @see #setKind(JourneyKind)
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Kind()
	 * @model default="CURRENT_STATE"
	 * @generated
	 */
	JourneyKind getKind();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Journey#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.model.journey.JourneyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JourneyKind value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journey this one is compared with, e.g. the current state of a future-state journey or the plan of an actual one; never the journey itself (JM007).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Journey)
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Baseline()
	 * @model
	 * @generated
	 */
	Journey getBaseline();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Journey#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Journey value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What mapping this journey should help decide or improve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' attribute list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Objectives()
	 * @model
	 * @generated
	 */
	EList<String> getObjectives();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the journey starts and ends, and what it leaves out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Journey#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phases of the journey in order, e.g. awareness, consideration, purchase, onboarding, use, support, loyalty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourney_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

} // Journey
