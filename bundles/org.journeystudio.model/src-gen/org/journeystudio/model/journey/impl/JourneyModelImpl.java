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
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getEmotionScale <em>Emotion Scale</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.JourneyModelImpl#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyModelImpl extends NamedElementImpl implements JourneyModel {
	/**
	 * The cached value of the '{@link #getEmotionScale() <em>Emotion Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotionScale()
	 * @generated
	 * @ordered
	 */
	protected EmotionScale emotionScale;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Team> teams;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<Journey> journeys;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.JOURNEY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmotionScale getEmotionScale() {
		return emotionScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEmotionScale(EmotionScale newEmotionScale, NotificationChain msgs) {
		EmotionScale oldEmotionScale = emotionScale;
		emotionScale = newEmotionScale;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE, oldEmotionScale, newEmotionScale);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotionScale(EmotionScale newEmotionScale) {
		if (newEmotionScale != emotionScale) {
			NotificationChain msgs = null;
			if (emotionScale != null)
				msgs = ((InternalEObject)emotionScale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE, null, msgs);
			if (newEmotionScale != null)
				msgs = ((InternalEObject)newEmotionScale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE, null, msgs);
			msgs = basicSetEmotionScale(newEmotionScale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE, newEmotionScale, newEmotionScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, JourneyPackage.JOURNEY_MODEL__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, JourneyPackage.JOURNEY_MODEL__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Team> getTeams() {
		if (teams == null) {
			teams = new EObjectContainmentEList<Team>(Team.class, this, JourneyPackage.JOURNEY_MODEL__TEAMS);
		}
		return teams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, JourneyPackage.JOURNEY_MODEL__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, JourneyPackage.JOURNEY_MODEL__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Journey> getJourneys() {
		if (journeys == null) {
			journeys = new EObjectContainmentEList<Journey>(Journey.class, this, JourneyPackage.JOURNEY_MODEL__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE:
				return basicSetEmotionScale(null, msgs);
			case JourneyPackage.JOURNEY_MODEL__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__TEAMS:
				return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
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
			case JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE:
				return getEmotionScale();
			case JourneyPackage.JOURNEY_MODEL__PERSONAS:
				return getPersonas();
			case JourneyPackage.JOURNEY_MODEL__CHANNELS:
				return getChannels();
			case JourneyPackage.JOURNEY_MODEL__TEAMS:
				return getTeams();
			case JourneyPackage.JOURNEY_MODEL__EVIDENCE:
				return getEvidence();
			case JourneyPackage.JOURNEY_MODEL__METRICS:
				return getMetrics();
			case JourneyPackage.JOURNEY_MODEL__JOURNEYS:
				return getJourneys();
			case JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES:
				return getOpportunities();
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
			case JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE:
				setEmotionScale((EmotionScale)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__TEAMS:
				getTeams().clear();
				getTeams().addAll((Collection<? extends Team>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends Journey>)newValue);
				return;
			case JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
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
			case JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE:
				setEmotionScale((EmotionScale)null);
				return;
			case JourneyPackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__CHANNELS:
				getChannels().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__TEAMS:
				getTeams().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__EVIDENCE:
				getEvidence().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__METRICS:
				getMetrics().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				return;
			case JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES:
				getOpportunities().clear();
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
			case JourneyPackage.JOURNEY_MODEL__EMOTION_SCALE:
				return emotionScale != null;
			case JourneyPackage.JOURNEY_MODEL__PERSONAS:
				return personas != null && !personas.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__CHANNELS:
				return channels != null && !channels.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__TEAMS:
				return teams != null && !teams.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__METRICS:
				return metrics != null && !metrics.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
			case JourneyPackage.JOURNEY_MODEL__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //JourneyModelImpl
