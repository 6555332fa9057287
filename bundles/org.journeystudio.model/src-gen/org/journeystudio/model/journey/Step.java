/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the customer does or experiences: an action, a touchpoint with the business through one or more channels, or a decision that branches the flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Step#getKind <em>Kind</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getActors <em>Actors</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getNext <em>Next</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getSupportActions <em>Support Actions</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getMetricValues <em>Metric Values</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Step#getBaselineStep <em>Baseline Step</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"ACTION"</code>.
	 * The literals are from the enumeration {@link org.journeystudio.model.journey.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Action, touchpoint (needs at least one channel, JM003) or decision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.model.journey.StepKind
	 * @see #setKind(StepKind)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Kind()
	 * @model default="ACTION"
	 * @generated
	 */
	StepKind getKind();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.model.journey.StepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels through which the step can happen; one touchpoint may use several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who takes part in the step, when not only the journey's persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Actors()
	 * @model
	 * @generated
	 */
	EList<Persona> getActors();

	/**
	 * Returns the value of the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels at this step, on the model's emotion scale (JM004); unset means not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion</em>' attribute.
	 * @see #isSetEmotion()
	 * @see #unsetEmotion()
	 * @see #setEmotion(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Emotion()
	 * @model unsettable="true"
	 * @generated
	 */
	int getEmotion();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion</em>' attribute.
	 * @see #isSetEmotion()
	 * @see #unsetEmotion()
	 * @see #getEmotion()
	 * @generated
	 */
	void setEmotion(int value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.model.journey.Step#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEmotion()
	 * @see #getEmotion()
	 * @see #setEmotion(int)
	 * @generated
	 */
	void unsetEmotion();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.model.journey.Step#getEmotion <em>Emotion</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Emotion</em>' attribute is set.
	 * @see #unsetEmotion()
	 * @see #getEmotion()
	 * @see #setEmotion(int)
	 * @generated
	 */
	boolean isSetEmotion();

	/**
	 * Returns the value of the '<em><b>Feeling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feeling in words, e.g. "anxious" or "relieved".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feeling</em>' attribute.
	 * @see #setFeeling(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Feeling()
	 * @model
	 * @generated
	 */
	String getFeeling();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getFeeling <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feeling</em>' attribute.
	 * @see #getFeeling()
	 * @generated
	 */
	void setFeeling(String value);

	/**
	 * Returns the value of the '<em><b>Thoughts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer thinks at this step, in their own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thoughts</em>' attribute.
	 * @see #setThoughts(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Thoughts()
	 * @model
	 * @generated
	 */
	String getThoughts();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getThoughts <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thoughts</em>' attribute.
	 * @see #getThoughts()
	 * @generated
	 */
	void setThoughts(String value);

	/**
	 * Returns the value of the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this step decides how the customer judges the whole experience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #setMomentOfTruth(boolean)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_MomentOfTruth()
	 * @model
	 * @generated
	 */
	boolean isMomentOfTruth();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#isMomentOfTruth <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #isMomentOfTruth()
	 * @generated
	 */
	void setMomentOfTruth(boolean value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team responsible for the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Team)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Owner()
	 * @model
	 * @generated
	 */
	Team getOwner();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Team value);

	/**
	 * Returns the value of the '<em><b>Next</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps that may follow this one (branches, loops, skips) within the same journey (JM007); when empty, the flow continues with the next step in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Next()
	 * @model
	 * @generated
	 */
	EList<Step> getNext();

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What hurts the customer at this step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Points</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_PainPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<PainPoint> getPainPoints();

	/**
	 * Returns the value of the '<em><b>Support Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.SupportAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the organisation does to deliver the step (service blueprint lanes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Actions</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_SupportActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupportAction> getSupportActions();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research that backs what the step says.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Metric Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.MetricValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target and actual values of metrics measured at this step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Values</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_MetricValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricValue> getMetricValues();

	/**
	 * Returns the value of the '<em><b>Baseline Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step of the journey's baseline that this step carries out or replaces; it must be a step of that baseline (JM007). When unset, the deviation analysis matches steps by name within stages of the same name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Step</em>' reference.
	 * @see #setBaselineStep(Step)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStep_BaselineStep()
	 * @model
	 * @generated
	 */
	Step getBaselineStep();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Step#getBaselineStep <em>Baseline Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Step</em>' reference.
	 * @see #getBaselineStep()
	 * @generated
	 */
	void setBaselineStep(Step value);

} // Step
