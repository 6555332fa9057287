/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.journey.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getNext <em>Next</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getSupportActions <em>Support Actions</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getMetricValues <em>Metric Values</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.StepImpl#getBaselineStep <em>Baseline Step</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends NamedElementImpl implements Step {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StepKind KIND_EDEFAULT = StepKind.ACTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StepKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> actors;

	/**
	 * The default value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected static final int EMOTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected int emotion = EMOTION_EDEFAULT;

	/**
	 * This is true if the Emotion attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean emotionESet;

	/**
	 * The default value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected static final String FEELING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected String feeling = FEELING_EDEFAULT;

	/**
	 * The default value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected static final String THOUGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected String thoughts = THOUGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOMENT_OF_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean momentOfTruth = MOMENT_OF_TRUTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Team owner;

	/**
	 * The cached value of the '{@link #getNext() <em>Next</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNext()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> next;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<PainPoint> painPoints;

	/**
	 * The cached value of the '{@link #getSupportActions() <em>Support Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportActions()
	 * @generated
	 * @ordered
	 */
	protected EList<SupportAction> supportActions;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getMetricValues() <em>Metric Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricValues()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricValue> metricValues;

	/**
	 * The cached value of the '{@link #getBaselineStep() <em>Baseline Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineStep()
	 * @generated
	 * @ordered
	 */
	protected Step baselineStep;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StepKind newKind) {
		StepKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, JourneyPackage.STEP__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getActors() {
		if (actors == null) {
			actors = new EObjectResolvingEList<Persona>(Persona.class, this, JourneyPackage.STEP__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmotion() {
		return emotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotion(int newEmotion) {
		int oldEmotion = emotion;
		emotion = newEmotion;
		boolean oldEmotionESet = emotionESet;
		emotionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__EMOTION, oldEmotion, emotion, !oldEmotionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEmotion() {
		int oldEmotion = emotion;
		boolean oldEmotionESet = emotionESet;
		emotion = EMOTION_EDEFAULT;
		emotionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, JourneyPackage.STEP__EMOTION, oldEmotion, EMOTION_EDEFAULT, oldEmotionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEmotion() {
		return emotionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeeling() {
		return feeling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeeling(String newFeeling) {
		String oldFeeling = feeling;
		feeling = newFeeling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__FEELING, oldFeeling, feeling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThoughts() {
		return thoughts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThoughts(String newThoughts) {
		String oldThoughts = thoughts;
		thoughts = newThoughts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__THOUGHTS, oldThoughts, thoughts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMomentOfTruth() {
		return momentOfTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentOfTruth(boolean newMomentOfTruth) {
		boolean oldMomentOfTruth = momentOfTruth;
		momentOfTruth = newMomentOfTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__MOMENT_OF_TRUTH, oldMomentOfTruth, momentOfTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Team)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.STEP__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Team newOwner) {
		Team oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getNext() {
		if (next == null) {
			next = new EObjectResolvingEList<Step>(Step.class, this, JourneyPackage.STEP__NEXT);
		}
		return next;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainPoint> getPainPoints() {
		if (painPoints == null) {
			painPoints = new EObjectContainmentEList<PainPoint>(PainPoint.class, this, JourneyPackage.STEP__PAIN_POINTS);
		}
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupportAction> getSupportActions() {
		if (supportActions == null) {
			supportActions = new EObjectContainmentEList<SupportAction>(SupportAction.class, this, JourneyPackage.STEP__SUPPORT_ACTIONS);
		}
		return supportActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, JourneyPackage.STEP__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricValue> getMetricValues() {
		if (metricValues == null) {
			metricValues = new EObjectContainmentEList<MetricValue>(MetricValue.class, this, JourneyPackage.STEP__METRIC_VALUES);
		}
		return metricValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getBaselineStep() {
		if (baselineStep != null && baselineStep.eIsProxy()) {
			InternalEObject oldBaselineStep = (InternalEObject)baselineStep;
			baselineStep = (Step)eResolveProxy(oldBaselineStep);
			if (baselineStep != oldBaselineStep) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.STEP__BASELINE_STEP, oldBaselineStep, baselineStep));
			}
		}
		return baselineStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetBaselineStep() {
		return baselineStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineStep(Step newBaselineStep) {
		Step oldBaselineStep = baselineStep;
		baselineStep = newBaselineStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.STEP__BASELINE_STEP, oldBaselineStep, baselineStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.STEP__PAIN_POINTS:
				return ((InternalEList<?>)getPainPoints()).basicRemove(otherEnd, msgs);
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
				return ((InternalEList<?>)getSupportActions()).basicRemove(otherEnd, msgs);
			case JourneyPackage.STEP__METRIC_VALUES:
				return ((InternalEList<?>)getMetricValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JourneyPackage.STEP__KIND:
				return getKind();
			case JourneyPackage.STEP__CHANNELS:
				return getChannels();
			case JourneyPackage.STEP__ACTORS:
				return getActors();
			case JourneyPackage.STEP__EMOTION:
				return getEmotion();
			case JourneyPackage.STEP__FEELING:
				return getFeeling();
			case JourneyPackage.STEP__THOUGHTS:
				return getThoughts();
			case JourneyPackage.STEP__MOMENT_OF_TRUTH:
				return isMomentOfTruth();
			case JourneyPackage.STEP__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case JourneyPackage.STEP__NEXT:
				return getNext();
			case JourneyPackage.STEP__PAIN_POINTS:
				return getPainPoints();
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
				return getSupportActions();
			case JourneyPackage.STEP__EVIDENCE:
				return getEvidence();
			case JourneyPackage.STEP__METRIC_VALUES:
				return getMetricValues();
			case JourneyPackage.STEP__BASELINE_STEP:
				if (resolve) return getBaselineStep();
				return basicGetBaselineStep();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JourneyPackage.STEP__KIND:
				setKind((StepKind)newValue);
				return;
			case JourneyPackage.STEP__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case JourneyPackage.STEP__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Persona>)newValue);
				return;
			case JourneyPackage.STEP__EMOTION:
				setEmotion((Integer)newValue);
				return;
			case JourneyPackage.STEP__FEELING:
				setFeeling((String)newValue);
				return;
			case JourneyPackage.STEP__THOUGHTS:
				setThoughts((String)newValue);
				return;
			case JourneyPackage.STEP__MOMENT_OF_TRUTH:
				setMomentOfTruth((Boolean)newValue);
				return;
			case JourneyPackage.STEP__OWNER:
				setOwner((Team)newValue);
				return;
			case JourneyPackage.STEP__NEXT:
				getNext().clear();
				getNext().addAll((Collection<? extends Step>)newValue);
				return;
			case JourneyPackage.STEP__PAIN_POINTS:
				getPainPoints().clear();
				getPainPoints().addAll((Collection<? extends PainPoint>)newValue);
				return;
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
				getSupportActions().clear();
				getSupportActions().addAll((Collection<? extends SupportAction>)newValue);
				return;
			case JourneyPackage.STEP__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case JourneyPackage.STEP__METRIC_VALUES:
				getMetricValues().clear();
				getMetricValues().addAll((Collection<? extends MetricValue>)newValue);
				return;
			case JourneyPackage.STEP__BASELINE_STEP:
				setBaselineStep((Step)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JourneyPackage.STEP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JourneyPackage.STEP__CHANNELS:
				getChannels().clear();
				return;
			case JourneyPackage.STEP__ACTORS:
				getActors().clear();
				return;
			case JourneyPackage.STEP__EMOTION:
				unsetEmotion();
				return;
			case JourneyPackage.STEP__FEELING:
				setFeeling(FEELING_EDEFAULT);
				return;
			case JourneyPackage.STEP__THOUGHTS:
				setThoughts(THOUGHTS_EDEFAULT);
				return;
			case JourneyPackage.STEP__MOMENT_OF_TRUTH:
				setMomentOfTruth(MOMENT_OF_TRUTH_EDEFAULT);
				return;
			case JourneyPackage.STEP__OWNER:
				setOwner((Team)null);
				return;
			case JourneyPackage.STEP__NEXT:
				getNext().clear();
				return;
			case JourneyPackage.STEP__PAIN_POINTS:
				getPainPoints().clear();
				return;
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
				getSupportActions().clear();
				return;
			case JourneyPackage.STEP__EVIDENCE:
				getEvidence().clear();
				return;
			case JourneyPackage.STEP__METRIC_VALUES:
				getMetricValues().clear();
				return;
			case JourneyPackage.STEP__BASELINE_STEP:
				setBaselineStep((Step)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JourneyPackage.STEP__KIND:
				return kind != KIND_EDEFAULT;
			case JourneyPackage.STEP__CHANNELS:
				return channels != null && !channels.isEmpty();
			case JourneyPackage.STEP__ACTORS:
				return actors != null && !actors.isEmpty();
			case JourneyPackage.STEP__EMOTION:
				return isSetEmotion();
			case JourneyPackage.STEP__FEELING:
				return FEELING_EDEFAULT == null ? feeling != null : !FEELING_EDEFAULT.equals(feeling);
			case JourneyPackage.STEP__THOUGHTS:
				return THOUGHTS_EDEFAULT == null ? thoughts != null : !THOUGHTS_EDEFAULT.equals(thoughts);
			case JourneyPackage.STEP__MOMENT_OF_TRUTH:
				return momentOfTruth != MOMENT_OF_TRUTH_EDEFAULT;
			case JourneyPackage.STEP__OWNER:
				return owner != null;
			case JourneyPackage.STEP__NEXT:
				return next != null && !next.isEmpty();
			case JourneyPackage.STEP__PAIN_POINTS:
				return painPoints != null && !painPoints.isEmpty();
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
				return supportActions != null && !supportActions.isEmpty();
			case JourneyPackage.STEP__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case JourneyPackage.STEP__METRIC_VALUES:
				return metricValues != null && !metricValues.isEmpty();
			case JourneyPackage.STEP__BASELINE_STEP:
				return baselineStep != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", emotion: ");
		if (emotionESet) result.append(emotion); else result.append("<unset>");
		result.append(", feeling: ");
		result.append(feeling);
		result.append(", thoughts: ");
		result.append(thoughts);
		result.append(", momentOfTruth: ");
		result.append(momentOfTruth);
		result.append(')');
		return result.toString();
	}

} //StepImpl
