/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The customer journey-map language: one persona followed through the stages and steps of an experience, with emotions, channels, pain points, opportunities, backstage support, research evidence and metrics.
 * <!-- end-model-doc -->
 * @see org.journeystudio.model.journey.JourneyFactory
 * @model kind="package"
 * @generated
 */
public interface JourneyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "journey";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.journeystudio.org/journey/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "journey";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JourneyPackage eINSTANCE = org.journeystudio.model.journey.impl.JourneyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.NamedElementImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.JourneyModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.JourneyModelImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourneyModel()
	 * @generated
	 */
	int JOURNEY_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Emotion Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__EMOTION_SCALE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__TEAMS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__METRICS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Journeys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__JOURNEYS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__OPPORTUNITIES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.EmotionScaleImpl <em>Emotion Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.EmotionScaleImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEmotionScale()
	 * @generated
	 */
	int EMOTION_SCALE = 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_SCALE__MIN = 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_SCALE__MAX = 1;

	/**
	 * The number of structural features of the '<em>Emotion Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_SCALE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Emotion Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMOTION_SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.PersonaImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Demographics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DEMOGRAPHICS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__QUOTE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GOALS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Motivations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__MOTIVATIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Behaviors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__BEHAVIORS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Frustrations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__FRUSTRATIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.JourneyImpl <em>Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.JourneyImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourney()
	 * @generated
	 */
	int JOURNEY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__STAGES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.StageImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__GOAL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Metric Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__METRIC_VALUES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.StepImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTORS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EMOTION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Feeling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__FEELING = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Thoughts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__THOUGHTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__MOMENT_OF_TRUTH = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Next</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NEXT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PAIN_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Support Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SUPPORT_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Metric Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__METRIC_VALUES = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Baseline Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__BASELINE_STEP = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.SupportActionImpl <em>Support Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.SupportActionImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getSupportAction()
	 * @generated
	 */
	int SUPPORT_ACTION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Lane</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION__LANE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Support Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Support Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.PainPointImpl <em>Pain Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.PainPointImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getPainPoint()
	 * @generated
	 */
	int PAIN_POINT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__SEVERITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.OpportunityImpl <em>Opportunity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.OpportunityImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getOpportunity()
	 * @generated
	 */
	int OPPORTUNITY = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ADDRESSES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__IMPACT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EFFORT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.ChannelImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.TeamImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.EvidenceImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SAMPLE_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__QUOTE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LINK = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.MetricImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__MIN = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__MAX = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.impl.MetricValueImpl <em>Metric Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.impl.MetricValueImpl
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetricValue()
	 * @generated
	 */
	int METRIC_VALUE = 14;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__ACTUAL = 2;

	/**
	 * The number of structural features of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.JourneyKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.JourneyKind
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourneyKind()
	 * @generated
	 */
	int JOURNEY_KIND = 15;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.StepKind
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 16;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.BlueprintLane <em>Blueprint Lane</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.BlueprintLane
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getBlueprintLane()
	 * @generated
	 */
	int BLUEPRINT_LANE = 17;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.OpportunityStatus <em>Opportunity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.OpportunityStatus
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getOpportunityStatus()
	 * @generated
	 */
	int OPPORTUNITY_STATUS = 18;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.ChannelKind
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 19;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.EvidenceSource <em>Evidence Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.EvidenceSource
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEvidenceSource()
	 * @generated
	 */
	int EVIDENCE_SOURCE = 20;

	/**
	 * The meta object id for the '{@link org.journeystudio.model.journey.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.model.journey.MetricKind
	 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 21;


	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.journeystudio.model.journey.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.journeystudio.model.journey.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.journeystudio.model.journey.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.JourneyModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel
	 * @generated
	 */
	EClass getJourneyModel();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.model.journey.JourneyModel#getEmotionScale <em>Emotion Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Emotion Scale</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getEmotionScale()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_EmotionScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getPersonas()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getChannels()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getTeams()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Teams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getEvidence()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getMetrics()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getJourneys <em>Journeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journeys</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getJourneys()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Journeys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.JourneyModel#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opportunities</em>'.
	 * @see org.journeystudio.model.journey.JourneyModel#getOpportunities()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Opportunities();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.EmotionScale <em>Emotion Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emotion Scale</em>'.
	 * @see org.journeystudio.model.journey.EmotionScale
	 * @generated
	 */
	EClass getEmotionScale();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.EmotionScale#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.journeystudio.model.journey.EmotionScale#getMin()
	 * @see #getEmotionScale()
	 * @generated
	 */
	EAttribute getEmotionScale_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.EmotionScale#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.journeystudio.model.journey.EmotionScale#getMax()
	 * @see #getEmotionScale()
	 * @generated
	 */
	EAttribute getEmotionScale_Max();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.journeystudio.model.journey.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Persona#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.journeystudio.model.journey.Persona#getRole()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Persona#getDemographics <em>Demographics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demographics</em>'.
	 * @see org.journeystudio.model.journey.Persona#getDemographics()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Demographics();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Persona#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.journeystudio.model.journey.Persona#getQuote()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Quote();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.model.journey.Persona#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.journeystudio.model.journey.Persona#getGoals()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Goals();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.model.journey.Persona#getMotivations <em>Motivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Motivations</em>'.
	 * @see org.journeystudio.model.journey.Persona#getMotivations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Motivations();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.model.journey.Persona#getBehaviors <em>Behaviors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Behaviors</em>'.
	 * @see org.journeystudio.model.journey.Persona#getBehaviors()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Behaviors();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.model.journey.Persona#getFrustrations <em>Frustrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Frustrations</em>'.
	 * @see org.journeystudio.model.journey.Persona#getFrustrations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Frustrations();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Persona#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.journeystudio.model.journey.Persona#getEvidence()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Evidence();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Journey <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey</em>'.
	 * @see org.journeystudio.model.journey.Journey
	 * @generated
	 */
	EClass getJourney();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.Journey#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.journeystudio.model.journey.Journey#getPersona()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Journey#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.journeystudio.model.journey.Journey#getKind()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.Journey#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see org.journeystudio.model.journey.Journey#getBaseline()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Baseline();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.model.journey.Journey#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Objectives</em>'.
	 * @see org.journeystudio.model.journey.Journey#getObjectives()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Journey#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.journeystudio.model.journey.Journey#getScope()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Journey#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.journeystudio.model.journey.Journey#getStages()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Stages();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.journeystudio.model.journey.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Stage#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.journeystudio.model.journey.Stage#getGoal()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Goal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Stage#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.journeystudio.model.journey.Stage#getSteps()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Stage#getMetricValues <em>Metric Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metric Values</em>'.
	 * @see org.journeystudio.model.journey.Stage#getMetricValues()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_MetricValues();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.journeystudio.model.journey.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Step#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.journeystudio.model.journey.Step#getKind()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Step#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.journeystudio.model.journey.Step#getChannels()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Step#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.journeystudio.model.journey.Step#getActors()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Actors();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Step#getEmotion <em>Emotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emotion</em>'.
	 * @see org.journeystudio.model.journey.Step#getEmotion()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Emotion();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Step#getFeeling <em>Feeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feeling</em>'.
	 * @see org.journeystudio.model.journey.Step#getFeeling()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Feeling();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Step#getThoughts <em>Thoughts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thoughts</em>'.
	 * @see org.journeystudio.model.journey.Step#getThoughts()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Thoughts();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Step#isMomentOfTruth <em>Moment Of Truth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment Of Truth</em>'.
	 * @see org.journeystudio.model.journey.Step#isMomentOfTruth()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_MomentOfTruth();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.Step#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.journeystudio.model.journey.Step#getOwner()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Step#getNext <em>Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Next</em>'.
	 * @see org.journeystudio.model.journey.Step#getNext()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Next();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Step#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pain Points</em>'.
	 * @see org.journeystudio.model.journey.Step#getPainPoints()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_PainPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Step#getSupportActions <em>Support Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Support Actions</em>'.
	 * @see org.journeystudio.model.journey.Step#getSupportActions()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_SupportActions();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Step#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.journeystudio.model.journey.Step#getEvidence()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.model.journey.Step#getMetricValues <em>Metric Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metric Values</em>'.
	 * @see org.journeystudio.model.journey.Step#getMetricValues()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_MetricValues();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.Step#getBaselineStep <em>Baseline Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline Step</em>'.
	 * @see org.journeystudio.model.journey.Step#getBaselineStep()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_BaselineStep();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.SupportAction <em>Support Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Action</em>'.
	 * @see org.journeystudio.model.journey.SupportAction
	 * @generated
	 */
	EClass getSupportAction();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.SupportAction#getLane <em>Lane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lane</em>'.
	 * @see org.journeystudio.model.journey.SupportAction#getLane()
	 * @see #getSupportAction()
	 * @generated
	 */
	EAttribute getSupportAction_Lane();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.SupportAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.journeystudio.model.journey.SupportAction#getOwner()
	 * @see #getSupportAction()
	 * @generated
	 */
	EReference getSupportAction_Owner();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.PainPoint <em>Pain Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pain Point</em>'.
	 * @see org.journeystudio.model.journey.PainPoint
	 * @generated
	 */
	EClass getPainPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.PainPoint#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.journeystudio.model.journey.PainPoint#getSeverity()
	 * @see #getPainPoint()
	 * @generated
	 */
	EAttribute getPainPoint_Severity();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.PainPoint#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.journeystudio.model.journey.PainPoint#getEvidence()
	 * @see #getPainPoint()
	 * @generated
	 */
	EReference getPainPoint_Evidence();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity</em>'.
	 * @see org.journeystudio.model.journey.Opportunity
	 * @generated
	 */
	EClass getOpportunity();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.model.journey.Opportunity#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.journeystudio.model.journey.Opportunity#getAddresses()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Opportunity#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.journeystudio.model.journey.Opportunity#getImpact()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Opportunity#getEffort <em>Effort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effort</em>'.
	 * @see org.journeystudio.model.journey.Opportunity#getEffort()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Effort();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Opportunity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.journeystudio.model.journey.Opportunity#getStatus()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Status();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.Opportunity#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.journeystudio.model.journey.Opportunity#getOwner()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Owner();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.journeystudio.model.journey.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Channel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.journeystudio.model.journey.Channel#getKind()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Kind();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.journeystudio.model.journey.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.journeystudio.model.journey.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Evidence#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.journeystudio.model.journey.Evidence#getSource()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Evidence#getSampleSize <em>Sample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Size</em>'.
	 * @see org.journeystudio.model.journey.Evidence#getSampleSize()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_SampleSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Evidence#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.journeystudio.model.journey.Evidence#getQuote()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Evidence#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see org.journeystudio.model.journey.Evidence#getLink()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Link();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.journeystudio.model.journey.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Metric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.journeystudio.model.journey.Metric#getKind()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.journeystudio.model.journey.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Metric#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.journeystudio.model.journey.Metric#getMin()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.Metric#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.journeystudio.model.journey.Metric#getMax()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Max();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.model.journey.MetricValue <em>Metric Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Value</em>'.
	 * @see org.journeystudio.model.journey.MetricValue
	 * @generated
	 */
	EClass getMetricValue();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.model.journey.MetricValue#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see org.journeystudio.model.journey.MetricValue#getMetric()
	 * @see #getMetricValue()
	 * @generated
	 */
	EReference getMetricValue_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.MetricValue#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.journeystudio.model.journey.MetricValue#getTarget()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.model.journey.MetricValue#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.journeystudio.model.journey.MetricValue#getActual()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Actual();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.JourneyKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.journeystudio.model.journey.JourneyKind
	 * @generated
	 */
	EEnum getJourneyKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see org.journeystudio.model.journey.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.BlueprintLane <em>Blueprint Lane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Blueprint Lane</em>'.
	 * @see org.journeystudio.model.journey.BlueprintLane
	 * @generated
	 */
	EEnum getBlueprintLane();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.OpportunityStatus <em>Opportunity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Status</em>'.
	 * @see org.journeystudio.model.journey.OpportunityStatus
	 * @generated
	 */
	EEnum getOpportunityStatus();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.journeystudio.model.journey.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.EvidenceSource <em>Evidence Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Source</em>'.
	 * @see org.journeystudio.model.journey.EvidenceSource
	 * @generated
	 */
	EEnum getEvidenceSource();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.model.journey.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.journeystudio.model.journey.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JourneyFactory getJourneyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.NamedElementImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.JourneyModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.JourneyModelImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourneyModel()
		 * @generated
		 */
		EClass JOURNEY_MODEL = eINSTANCE.getJourneyModel();

		/**
		 * The meta object literal for the '<em><b>Emotion Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__EMOTION_SCALE = eINSTANCE.getJourneyModel_EmotionScale();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__PERSONAS = eINSTANCE.getJourneyModel_Personas();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__CHANNELS = eINSTANCE.getJourneyModel_Channels();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__TEAMS = eINSTANCE.getJourneyModel_Teams();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__EVIDENCE = eINSTANCE.getJourneyModel_Evidence();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__METRICS = eINSTANCE.getJourneyModel_Metrics();

		/**
		 * The meta object literal for the '<em><b>Journeys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__JOURNEYS = eINSTANCE.getJourneyModel_Journeys();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__OPPORTUNITIES = eINSTANCE.getJourneyModel_Opportunities();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.EmotionScaleImpl <em>Emotion Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.EmotionScaleImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEmotionScale()
		 * @generated
		 */
		EClass EMOTION_SCALE = eINSTANCE.getEmotionScale();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION_SCALE__MIN = eINSTANCE.getEmotionScale_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMOTION_SCALE__MAX = eINSTANCE.getEmotionScale_Max();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.PersonaImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__ROLE = eINSTANCE.getPersona_Role();

		/**
		 * The meta object literal for the '<em><b>Demographics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DEMOGRAPHICS = eINSTANCE.getPersona_Demographics();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__QUOTE = eINSTANCE.getPersona_Quote();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GOALS = eINSTANCE.getPersona_Goals();

		/**
		 * The meta object literal for the '<em><b>Motivations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__MOTIVATIONS = eINSTANCE.getPersona_Motivations();

		/**
		 * The meta object literal for the '<em><b>Behaviors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__BEHAVIORS = eINSTANCE.getPersona_Behaviors();

		/**
		 * The meta object literal for the '<em><b>Frustrations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__FRUSTRATIONS = eINSTANCE.getPersona_Frustrations();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__EVIDENCE = eINSTANCE.getPersona_Evidence();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.JourneyImpl <em>Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.JourneyImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourney()
		 * @generated
		 */
		EClass JOURNEY = eINSTANCE.getJourney();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PERSONA = eINSTANCE.getJourney_Persona();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__KIND = eINSTANCE.getJourney_Kind();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__BASELINE = eINSTANCE.getJourney_Baseline();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__OBJECTIVES = eINSTANCE.getJourney_Objectives();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__SCOPE = eINSTANCE.getJourney_Scope();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__STAGES = eINSTANCE.getJourney_Stages();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.StageImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__GOAL = eINSTANCE.getStage_Goal();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__STEPS = eINSTANCE.getStage_Steps();

		/**
		 * The meta object literal for the '<em><b>Metric Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__METRIC_VALUES = eINSTANCE.getStage_MetricValues();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.StepImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KIND = eINSTANCE.getStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__CHANNELS = eINSTANCE.getStep_Channels();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__ACTORS = eINSTANCE.getStep_Actors();

		/**
		 * The meta object literal for the '<em><b>Emotion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__EMOTION = eINSTANCE.getStep_Emotion();

		/**
		 * The meta object literal for the '<em><b>Feeling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__FEELING = eINSTANCE.getStep_Feeling();

		/**
		 * The meta object literal for the '<em><b>Thoughts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__THOUGHTS = eINSTANCE.getStep_Thoughts();

		/**
		 * The meta object literal for the '<em><b>Moment Of Truth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__MOMENT_OF_TRUTH = eINSTANCE.getStep_MomentOfTruth();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__OWNER = eINSTANCE.getStep_Owner();

		/**
		 * The meta object literal for the '<em><b>Next</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__NEXT = eINSTANCE.getStep_Next();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PAIN_POINTS = eINSTANCE.getStep_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Support Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__SUPPORT_ACTIONS = eINSTANCE.getStep_SupportActions();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__EVIDENCE = eINSTANCE.getStep_Evidence();

		/**
		 * The meta object literal for the '<em><b>Metric Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__METRIC_VALUES = eINSTANCE.getStep_MetricValues();

		/**
		 * The meta object literal for the '<em><b>Baseline Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__BASELINE_STEP = eINSTANCE.getStep_BaselineStep();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.SupportActionImpl <em>Support Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.SupportActionImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getSupportAction()
		 * @generated
		 */
		EClass SUPPORT_ACTION = eINSTANCE.getSupportAction();

		/**
		 * The meta object literal for the '<em><b>Lane</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_ACTION__LANE = eINSTANCE.getSupportAction_Lane();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPORT_ACTION__OWNER = eINSTANCE.getSupportAction_Owner();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.PainPointImpl <em>Pain Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.PainPointImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getPainPoint()
		 * @generated
		 */
		EClass PAIN_POINT = eINSTANCE.getPainPoint();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_POINT__SEVERITY = eINSTANCE.getPainPoint_Severity();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAIN_POINT__EVIDENCE = eINSTANCE.getPainPoint_Evidence();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.OpportunityImpl <em>Opportunity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.OpportunityImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getOpportunity()
		 * @generated
		 */
		EClass OPPORTUNITY = eINSTANCE.getOpportunity();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__ADDRESSES = eINSTANCE.getOpportunity_Addresses();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__IMPACT = eINSTANCE.getOpportunity_Impact();

		/**
		 * The meta object literal for the '<em><b>Effort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__EFFORT = eINSTANCE.getOpportunity_Effort();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__STATUS = eINSTANCE.getOpportunity_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__OWNER = eINSTANCE.getOpportunity_Owner();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.ChannelImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__KIND = eINSTANCE.getChannel_Kind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.TeamImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.EvidenceImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SOURCE = eINSTANCE.getEvidence_Source();

		/**
		 * The meta object literal for the '<em><b>Sample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SAMPLE_SIZE = eINSTANCE.getEvidence_SampleSize();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__QUOTE = eINSTANCE.getEvidence_Quote();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__LINK = eINSTANCE.getEvidence_Link();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.MetricImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KIND = eINSTANCE.getMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__MIN = eINSTANCE.getMetric_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__MAX = eINSTANCE.getMetric_Max();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.impl.MetricValueImpl <em>Metric Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.impl.MetricValueImpl
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetricValue()
		 * @generated
		 */
		EClass METRIC_VALUE = eINSTANCE.getMetricValue();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_VALUE__METRIC = eINSTANCE.getMetricValue_Metric();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__TARGET = eINSTANCE.getMetricValue_Target();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__ACTUAL = eINSTANCE.getMetricValue_Actual();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.JourneyKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.JourneyKind
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getJourneyKind()
		 * @generated
		 */
		EEnum JOURNEY_KIND = eINSTANCE.getJourneyKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.StepKind
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.BlueprintLane <em>Blueprint Lane</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.BlueprintLane
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getBlueprintLane()
		 * @generated
		 */
		EEnum BLUEPRINT_LANE = eINSTANCE.getBlueprintLane();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.OpportunityStatus <em>Opportunity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.OpportunityStatus
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getOpportunityStatus()
		 * @generated
		 */
		EEnum OPPORTUNITY_STATUS = eINSTANCE.getOpportunityStatus();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.ChannelKind
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.EvidenceSource <em>Evidence Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.EvidenceSource
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getEvidenceSource()
		 * @generated
		 */
		EEnum EVIDENCE_SOURCE = eINSTANCE.getEvidenceSource();

		/**
		 * The meta object literal for the '{@link org.journeystudio.model.journey.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.model.journey.MetricKind
		 * @see org.journeystudio.model.journey.impl.JourneyPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

	}

} //JourneyPackage
